package dev.tmi.export.recipe;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers written so that YAML 1.1 (PyYAML) and Python both read them as floats. */
final class Numbers {
  private Numbers() {}

  /** {@code 1.0e-5}, {@code 7.0e-7}, {@code 0.1}: a dot always, a signed exponent when small. */
  static String real(double v) {
    if (v != 0 && Math.abs(v) < 1e-3) {
      BigDecimal b = new BigDecimal(Double.toString(v)).stripTrailingZeros();
      int exp = b.precision() - b.scale() - 1;
      BigDecimal mant = b.movePointRight(-exp);
      String m = mant.toPlainString();
      if (!m.contains(".")) {
        m += ".0";
      }
      return m + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }
    String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }
}
