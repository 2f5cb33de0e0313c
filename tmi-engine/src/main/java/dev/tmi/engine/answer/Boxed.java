package dev.tmi.engine.answer;

import java.util.Optional;

/** Finds the answer a model wrote in {@code \boxed{...}}. */
public final class Boxed {
  private static final String OPEN = "\\boxed{";

  private Boxed() {}

  /** Wraps an answer: {@code \boxed{text}}. */
  public static String wrap(String text) {
    return OPEN + text + "}";
  }

  /**
   * The content of the last complete {@code \boxed{...}} in the text, with nested braces balanced;
   * empty if there is none.
   */
  public static Optional<String> last(String text) {
    int at = text.lastIndexOf(OPEN);
    while (at >= 0) {
      int depth = 1;
      int i = at + OPEN.length();
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return Optional.of(text.substring(at + OPEN.length(), i));
        }
      }
      at = at == 0 ? -1 : text.lastIndexOf(OPEN, at - 1);
    }
    return Optional.empty();
  }
}
