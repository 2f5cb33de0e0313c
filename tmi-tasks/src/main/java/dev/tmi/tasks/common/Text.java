package dev.tmi.tasks.common;

import java.util.List;

/** Small text helpers for queries. */
public final class Text {
  private Text() {}

  /** Joins values with {@code ", "}. */
  public static String join(List<?> values) {
    StringBuilder sb = new StringBuilder(values.size() * 6);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Object v = values.get(i);
      // Most lists hold numbers: their digits go straight in, without a string each.
      if (v instanceof Integer n) {
        sb.append(n.intValue());
      } else if (v instanceof Long n) {
        sb.append(n.longValue());
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  /**
   * The characters of a text joined with {@code ", "}, as {@code a, b, c}; a surrogate pair stays
   * together.
   */
  public static String spacedCharacters(String text) {
    StringBuilder sb = new StringBuilder(text.length() * 3);
    for (int i = 0; i < text.length(); ) {
      if (i > 0) {
        sb.append(", ");
      }
      int end = i + Character.charCount(text.codePointAt(i));
      sb.append(text, i, end);
      i = end;
    }
    return sb.toString();
  }
}
