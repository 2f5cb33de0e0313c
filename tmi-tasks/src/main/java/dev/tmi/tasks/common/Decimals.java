package dev.tmi.tasks.common;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/** Decimal strings: random operands with an optional point, and the canonical form. */
public final class Decimals {
  private Decimals() {}

  /**
   * A random non-negative decimal of exactly {@code digits} digits, in canonical form. With
   * probability {@code pointChance} it has a decimal point at a uniformly drawn position (at least
   * one digit on each side); the integer part has no leading zero unless it is {@code 0}, and the
   * fraction does not end in {@code 0}.
   */
  public static String random(SplittableRandom rng, int digits, double pointChance) {
    char[] d = Draw.digits(rng, digits).toCharArray();
    if (digits >= 2 && rng.nextDouble() < pointChance) {
      int intLen = rng.nextInt(1, digits);
      if (intLen > 1 && d[0] == '0') {
        d[0] = (char) ('1' + rng.nextInt(9));
      }
      if (d[digits - 1] == '0') {
        d[digits - 1] = (char) ('1' + rng.nextInt(9));
      }
      return new String(d, 0, intLen) + "." + new String(d, intLen, digits - intLen);
    }
    if (digits > 1 && d[0] == '0') {
      d[0] = (char) ('1' + rng.nextInt(9));
    }
    return new String(d);
  }

  /**
   * The decimal string of a digit sequence with the point after {@code intLen} digits (no point
   * when {@code intLen} is the whole length). The caller keeps the result canonical: no leading
   * zero in a multi-digit integer part, no trailing zero in the fraction.
   */
  public static String withPoint(CharSequence digits, int intLen) {
    if (intLen == digits.length()) {
      return digits.toString();
    }
    return digits.subSequence(0, intLen) + "." + digits.subSequence(intLen, digits.length());
  }

  /** The number of digits of a decimal string (sign and point not counted). */
  public static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The canonical string of a decimal: no leading or trailing zeros, {@code 0} for zero. */
  public static String canonical(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * The canonical string of a plain decimal literal ({@code -?digits(.digits)?}, leading and
   * trailing zeros allowed), equal to {@code canonical(new BigDecimal(plain))}. Works on the text:
   * the big-decimal route divides by ten once per trailing zero, which dominated the addition
   * task's solve time.
   *
   * @throws NumberFormatException if the text is not a plain decimal literal
   */
  public static String canonical(String plain) {
    int n = plain.length();
    boolean negative = n > 0 && plain.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int dot = plain.indexOf('.');
    int intEnd = dot < 0 ? n : dot;
    if (intEnd == start || (dot >= 0 && dot == n - 1)) {
      throw new NumberFormatException("not a plain decimal: " + plain);
    }
    for (int i = start; i < n; i++) {
      char c = plain.charAt(i);
      if ((c < '0' || c > '9') && i != dot) {
        throw new NumberFormatException("not a plain decimal: " + plain);
      }
    }
    int from = start;
    while (from < intEnd - 1 && plain.charAt(from) == '0') {
      from++;
    }
    int to = n;
    if (dot >= 0) {
      while (to > dot + 1 && plain.charAt(to - 1) == '0') {
        to--;
      }
      if (to == dot + 1) {
        to = dot;
      }
    }
    boolean zero = to == from + 1 && plain.charAt(from) == '0';
    if (zero) {
      return "0";
    }
    String body = plain.substring(from, to);
    return negative ? "-" + body : body;
  }

  /**
   * A non-negative plain decimal literal times {@code 10^places}, in canonical form: equal to
   * {@code canonical(new BigDecimal(plain).movePointRight(places))}, worked out on the text (the
   * big-decimal route was about a tenth of the division task's time).
   *
   * @throws IllegalArgumentException if {@code places} is negative
   * @throws NumberFormatException if the text is not a non-negative plain decimal literal
   */
  public static String movePointRight(String plain, int places) {
    if (places < 0) {
      throw new IllegalArgumentException("places must not be negative: " + places);
    }
    if (plain.startsWith("-")) {
      throw new NumberFormatException("negative: " + plain);
    }
    String ip = intPart(plain);
    String fp = fracPart(plain);
    StringBuilder moved = new StringBuilder(ip.length() + Math.max(fp.length(), places) + 1);
    moved.append(ip);
    if (fp.length() <= places) {
      moved.append(fp).append("0".repeat(places - fp.length()));
    } else {
      moved.append(fp, 0, places).append('.').append(fp, places, fp.length());
    }
    return canonical(moved.toString());
  }

  /** Whether a string is a decimal in canonical form. */
  public static boolean isCanonical(String s) {
    if (!s.matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?")) {
      return false;
    }
    return !s.equals("-0");
  }

  /** The integer part's digits (without sign). */
  public static String intPart(String s) {
    String t = s.startsWith("-") ? s.substring(1) : s;
    int dot = t.indexOf('.');
    return dot < 0 ? t : t.substring(0, dot);
  }

  /** The fraction's digits, possibly empty. */
  public static String fracPart(String s) {
    int dot = s.indexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1);
  }
}
