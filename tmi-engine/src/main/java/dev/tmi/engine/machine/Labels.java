package dev.tmi.engine.machine;

/**
 * What a state label may contain. Labels appear alone on a line and on both sides of {@code ->}, so
 * they must not look like a fetch, a write, an operation or a transition.
 */
public final class Labels {
  private Labels() {}

  /** Whether the text can serve as a state label. */
  public static boolean isValid(String label) {
    int n = label.length();
    if (n == 0 || n > 200 || label.equals("F")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = label.charAt(i);
      // Every forbidden character is below 64: one test of a bit instead of seven compares (the
      // machine checks the label of every state it opens).
      if (c < 64 && (FORBIDDEN >>> c & 1L) != 0) {
        return false;
      }
    }
    return label.charAt(n - 1) != '.';
  }

  /**
   * Bit {@code c} set for each character {@code c} a label must not hold: blanks, {@code =:<>"'}.
   */
  private static final long FORBIDDEN = forbidden();

  private static long forbidden() {
    long bits = 0;
    for (int c = 0; c <= ' '; c++) {
      bits |= 1L << c;
    }
    for (char c : new char[] {'=', ':', '<', '>', '"', '\''}) {
      bits |= 1L << c;
    }
    return bits;
  }

  /**
   * Checks a label.
   *
   * @throws IllegalArgumentException if it is not valid
   */
  public static String require(String label) {
    if (!isValid(label)) {
      throw new IllegalArgumentException("invalid state label: '" + label + "'");
    }
    return label;
  }

  /** Whether the text can serve as a memory cell name: a letter, then letters, digits, _ and []. */
  public static boolean isName(String name) {
    int n = name.length();
    if (n == 0 || !isLetter(name.charAt(0))) {
      return false;
    }
    int depth = 0;
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (--depth < 0) {
          return false;
        }
      } else if (!(isLetterOrDigit(c) || c == '_' || (depth > 0 && c == ','))) {
        return false;
      }
    }
    return depth == 0 && !name.equals("inf") && !name.equals("max") && !name.equals("min");
  }

  // The machine checks each new cell's name; nearly all are ASCII, which needs no Unicode tables.

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? isLetter(c) || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
  }
}
