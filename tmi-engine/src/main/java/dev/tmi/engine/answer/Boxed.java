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
   * Where the last box opening starts, or -1: what {@code text.lastIndexOf(OPEN)} gives, found with
   * the forward search, which the JVM vectorizes, where a backward search is a loop over every
   * character. An output without a box (a truncated one) is read whole either way, several times
   * per scored output; a box is usually near the end, so the end is searched first.
   */
  public static int lastOpen(String text) {
    int tail = Math.max(0, text.length() - 256);
    int last = -1;
    for (int i = text.indexOf(OPEN, tail); i >= 0; i = text.indexOf(OPEN, i + 1)) {
      last = i;
    }
    if (last >= 0 || tail == 0) {
      return last;
    }
    // None starts in the tail: the last one, if any, starts before it.
    for (int i = text.indexOf(OPEN); i >= 0 && i < tail; i = text.indexOf(OPEN, i + 1)) {
      last = i;
    }
    return last;
  }

  /**
   * The content of the last complete {@code \boxed{...}} in the text, with nested braces balanced;
   * empty if there is none.
   */
  public static Optional<String> last(String text) {
    int at = lastOpen(text);
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
