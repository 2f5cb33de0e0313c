package dev.tmi.engine.trace;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The literal syntax of values in a trace. Memory cells, operands and results are kept as the text
 * a formatter prints, so that rendering is a copy and parsing a model's output gives back
 * comparable strings.
 *
 * <ul>
 *   <li>integers: {@code 0}, {@code -17}, any length;
 *   <li>decimals: {@code 3.25}, {@code -0.5};
 *   <li>infinity: {@code inf} (for example an unreached vertex);
 *   <li>characters: {@code 'a'}, {@code ' '}, with {@code \'} and {@code \\} escaped;
 *   <li>strings: {@code "abc"}, with {@code \"}, {@code \\} and {@code \n} escaped.
 * </ul>
 */
public final class Literals {
  /** The literal for infinity. */
  public static final String INF = "inf";

  private Literals() {}

  private static final String[] SMALL = new String[2048];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i - 1024).intern();
    }
  }

  /** The literal of an integer; small values come from a cache, as traces are full of them. */
  public static String of(long value) {
    if (value >= -1024 && value < 1024) {
      return SMALL[(int) value + 1024];
    }
    return Long.toString(value);
  }

  /**
   * The text {@code s[from, to)} as a literal. A small integer in canonical form (no leading zero,
   * no {@code -0}) comes from the same cache as {@link #of(long)}: parsers read thousands of them
   * per trace, and most are single digits.
   */
  public static String slice(String s, int from, int to) {
    int len = to - from;
    if (len >= 1 && len <= 4) {
      int i = from;
      boolean neg = s.charAt(i) == '-';
      if (neg) {
        i++;
      }
      boolean canonical = i < to && (s.charAt(i) != '0' || (i + 1 == to && !neg));
      int v = 0;
      for (; canonical && i < to; i++) {
        int d = s.charAt(i) - '0';
        canonical = d >= 0 && d <= 9;
        v = v * 10 + d;
      }
      if (canonical) {
        v = neg ? -v : v;
        if (v >= -1024 && v < 1024) {
          return SMALL[v + 1024];
        }
      }
    }
    return s.substring(from, to);
  }

  /** Marks "not a small integer" in {@link #parseSmall}. */
  public static final long NOT_SMALL = Long.MIN_VALUE;

  /**
   * The value of an integer literal of at most 17 digits, in one scan, or {@link #NOT_SMALL} for
   * anything else (a longer integer, a decimal, a quoted literal, {@code inf}).
   */
  public static long parseSmall(String lit) {
    int n = lit.length();
    if (n == 0 || n > 18) {
      return NOT_SMALL;
    }
    int i = 0;
    boolean neg = lit.charAt(0) == '-';
    if (neg) {
      if (n == 1) {
        return NOT_SMALL;
      }
      i = 1;
    }
    long v = 0;
    for (; i < n; i++) {
      int d = lit.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return NOT_SMALL;
      }
      v = v * 10 + d;
    }
    return neg ? -v : v;
  }

  /** The literal of a big integer. */
  public static String of(BigInteger value) {
    return value.toString();
  }

  /** Printable ASCII characters' literals, as tasks over text read one character at a time. */
  private static final String[] CHARS = new String[127];

  static {
    for (char c = ' '; c < CHARS.length; c++) {
      CHARS[c] = new String(new char[] {'\'', c, '\''});
    }
  }

  /** The literal of a character. */
  public static String ofChar(char c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      case '\n' -> "'\\n'";
      default -> c >= ' ' && c < CHARS.length ? CHARS[c] : new String(new char[] {'\'', c, '\''});
    };
  }

  /**
   * The text {@code s[from, to)}, a character literal, as a literal; a printable ASCII character
   * comes from the cache {@link #ofChar} uses.
   */
  public static String charSlice(String s, int from, int to) {
    if (to - from == 3 && s.charAt(from) == '\'' && s.charAt(to - 1) == '\'') {
      char c = s.charAt(from + 1);
      if (c >= ' ' && c < CHARS.length && c != '\'' && c != '\\') {
        return CHARS[c];
      }
    }
    return s.substring(from, to);
  }

  /** The literal of a string. */
  public static String ofString(CharSequence s) {
    if (s instanceof String plain && !needsEscape(plain)) {
      // One exact-size allocation, where a builder and its copy into a string made three.
      return '"' + plain + '"';
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * The string literal of the texts of character and string literals joined, when none of them
   * holds a double quote, a backslash or a line break: then each text is its literal without the
   * quotes, so joining is copying. Otherwise {@code null}, and the caller unquotes and quotes
   * again. Concatenation builds every word of a word-flip trace, and unquoting and quoting again
   * was a third of writing its chain of thought.
   */
  static String joinPlain(List<String> lits) {
    int length = 2;
    for (String a : lits) {
      int n = a.length();
      boolean quoted = n == 3 ? isChar(a) || isString(a) : n >= 2 && isString(a);
      if (!quoted) {
        return null;
      }
      for (int i = 1; i < n - 1; i++) {
        char c = a.charAt(i);
        if (c == '"' || c == '\\' || c == '\n') {
          return null;
        }
      }
      length += n - 2;
    }
    StringBuilder sb = new StringBuilder(length).append('"');
    for (String a : lits) {
      sb.append(a, 1, a.length() - 1);
    }
    return sb.append('"').toString();
  }

  /** Whether a text holds a character that its string literal escapes. */
  private static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Whether the literal is a quoted character. */
  public static boolean isChar(String lit) {
    return lit.length() >= 3 && lit.charAt(0) == '\'' && lit.charAt(lit.length() - 1) == '\'';
  }

  /** Whether the literal is a character literal without an escape, such as {@code 'a'}. */
  private static boolean isPlainChar(String lit) {
    return lit.length() == 3
        && lit.charAt(0) == '\''
        && lit.charAt(2) == '\''
        && lit.charAt(1) != '\\';
  }

  /** Whether the literal is a quoted string. */
  public static boolean isString(String lit) {
    return lit.length() >= 2 && lit.charAt(0) == '"' && lit.charAt(lit.length() - 1) == '"';
  }

  /** Whether the literal is {@code inf}. */
  public static boolean isInf(String lit) {
    return INF.equals(lit);
  }

  /** Whether the literal is an integer. */
  public static boolean isInteger(String lit) {
    int n = lit.length();
    if (n == 0) {
      return false;
    }
    int i = lit.charAt(0) == '-' ? 1 : 0;
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      char c = lit.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the literal is an integer or a decimal: {@code -?[0-9]+(\.[0-9]+)?}. */
  public static boolean isNumber(String lit) {
    int n = lit.length();
    int i = n > 0 && lit.charAt(0) == '-' ? 1 : 0;
    int digits = i;
    while (i < n && isDigit(lit.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (lit.charAt(i) != '.' || ++i == n) {
      return false;
    }
    while (i < n && isDigit(lit.charAt(i))) {
      i++;
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The text a quoted character or string literal stands for.
   *
   * @throws IllegalArgumentException if the literal is not quoted or badly escaped
   */
  public static String unquote(String lit) {
    if (!isChar(lit) && !isString(lit)) {
      throw new IllegalArgumentException("not a quoted literal: " + lit);
    }
    if (lit.indexOf('\\') < 0) {
      // Without an escape the text is the literal without its quotes: one copy.
      if (isChar(lit) && lit.length() != 3) {
        throw new IllegalArgumentException("a character literal holds one character: " + lit);
      }
      return lit.substring(1, lit.length() - 1);
    }
    StringBuilder sb = new StringBuilder(lit.length());
    for (int i = 1; i < lit.length() - 1; i++) {
      char c = lit.charAt(i);
      if (c == '\\') {
        if (i + 1 >= lit.length() - 1) {
          throw new IllegalArgumentException("dangling escape in " + lit);
        }
        char e = lit.charAt(++i);
        sb.append(e == 'n' ? '\n' : e);
      } else {
        sb.append(c);
      }
    }
    if (isChar(lit) && sb.length() != 1) {
      throw new IllegalArgumentException("a character literal holds one character: " + lit);
    }
    return sb.toString();
  }

  /**
   * The value of an integer literal.
   *
   * @throws IllegalArgumentException if the literal is not an integer
   */
  public static BigInteger bigInteger(String lit) {
    if (!isInteger(lit)) {
      throw new IllegalArgumentException("not an integer: " + lit);
    }
    return new BigInteger(lit);
  }

  /**
   * Compares two number literals ({@link #isNumber}) by value, as {@link BigDecimal#compareTo}
   * does, on their digits: comparing two decimals is a step of some tasks (compare-numbers), and
   * making two {@code BigDecimal}s for it had been a tenth of writing such a chain of thought.
   */
  static int compareNumbers(String a, String b) {
    int signA = sign(a);
    int signB = sign(b);
    if (signA != signB || signA == 0) {
      return Integer.compare(signA, signB);
    }
    int m = compareMagnitudes(a, b);
    return signA < 0 ? -m : m;
  }

  /** -1, 0 or 1 as the number literal is negative, zero or positive. */
  private static int sign(String lit) {
    boolean negative = lit.charAt(0) == '-';
    for (int i = negative ? 1 : 0; i < lit.length(); i++) {
      char c = lit.charAt(i);
      if (c != '0' && c != '.') {
        return negative ? -1 : 1;
      }
    }
    return 0;
  }

  /** Compares the absolute values of two number literals. */
  private static int compareMagnitudes(String a, String b) {
    int startA = firstSignificant(a);
    int startB = firstSignificant(b);
    int pointA = pointOf(a);
    int pointB = pointOf(b);
    // Integer parts without leading zeros: the longer is larger, else the first differing digit.
    int c = Integer.compare(pointA - startA, pointB - startB);
    for (int i = 0; c == 0 && i < pointA - startA; i++) {
      c = Character.compare(a.charAt(startA + i), b.charAt(startB + i));
    }
    // Fractions digit by digit, a missing digit counting as 0.
    int fracA = a.length() - pointA - 1;
    int fracB = b.length() - pointB - 1;
    for (int i = 0; c == 0 && i < Math.max(fracA, fracB); i++) {
      char x = i < fracA ? a.charAt(pointA + 1 + i) : '0';
      char y = i < fracB ? b.charAt(pointB + 1 + i) : '0';
      c = Character.compare(x, y);
    }
    return c;
  }

  /** Where the integer part's significant digits start (at the point if there are none). */
  private static int firstSignificant(String lit) {
    int i = lit.charAt(0) == '-' ? 1 : 0;
    while (i < lit.length() && lit.charAt(i) == '0') {
      i++;
    }
    return i;
  }

  /** The position of the decimal point, or the length if there is none. */
  private static int pointOf(String lit) {
    int p = lit.indexOf('.');
    return p < 0 ? lit.length() : p;
  }

  /**
   * Compares two literals of the same kind: numbers by value ({@code inf} above all), characters
   * and strings by their text.
   *
   * @return negative, zero or positive
   * @throws IllegalArgumentException if the two literals cannot be compared
   */
  public static int compare(String a, String b) {
    // The common case, two small integers, in one scan of each.
    long smallA = parseSmall(a);
    long smallB = parseSmall(b);
    if (smallA != NOT_SMALL && smallB != NOT_SMALL) {
      return Long.compare(smallA, smallB);
    }
    // Two plain character literals, as tasks over text compare them, without unquoting them.
    if (isPlainChar(a) && isPlainChar(b)) {
      return Character.compare(a.charAt(1), b.charAt(1));
    }
    boolean numA = isNumber(a) || isInf(a);
    boolean numB = isNumber(b) || isInf(b);
    if (numA && numB) {
      if (isInf(a) || isInf(b)) {
        return Boolean.compare(isInf(a), isInf(b));
      }
      long x = parseSmall(a);
      long y = parseSmall(b);
      if (x != NOT_SMALL && y != NOT_SMALL) {
        return Long.compare(x, y);
      }
      return compareNumbers(a, b);
    }
    boolean textA = isChar(a) || isString(a);
    boolean textB = isChar(b) || isString(b);
    if (textA && textB) {
      return unquote(a).compareTo(unquote(b));
    }
    throw new IllegalArgumentException("cannot compare " + a + " with " + b);
  }
}
