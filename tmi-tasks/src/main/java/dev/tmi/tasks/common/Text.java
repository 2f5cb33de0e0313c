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
      sb.append(values.get(i));
    }
    return sb.toString();
  }
}
