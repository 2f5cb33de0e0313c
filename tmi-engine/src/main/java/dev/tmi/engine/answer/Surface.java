package dev.tmi.engine.answer;

/**
 * Undoes the surface forms models wrap answers in: LaTeX text and math wrappers, thin spaces,
 * unicode minus signs, surrounding dollars and a trailing period. What remains is compared by each
 * {@link AnswerKind} on its own terms.
 */
public final class Surface {
  private Surface() {}

  /** The answer text without decoration. */
  public static String clean(String s) {
    // Most boxed answers are plain ("[2, 3, 5]", "-17"): nothing below would change them but the
    // strip, and the dozen passes cost more than reading the answer.
    return plain(s) ? s.strip() : cleanSurface(s);
  }

  /**
   * Whether a text has none of what {@link #clean} takes off: it is ASCII without a backslash, a
   * dollar, a brace or a period.
   */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '\\' || c == '$' || c == '{' || c == '}' || c == '.') {
        return false;
      }
    }
    return true;
  }

  /** What {@link #clean} does to any text, plain or not. */
  static String cleanSurface(String s) {
    String t = invisible(s).strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      String before = t;
      t = unwrap(t, "\\text{", "}");
      t = unwrap(t, "\\mathrm{", "}");
      t = unwrap(t, "\\textbf{", "}");
      t = unwrap(t, "\\mathbf{", "}");
      t = unwrap(t, "\\texttt{", "}");
      t = unwrap(t, "\\mathtt{", "}");
      t = unwrap(t, "\\textrm{", "}");
      t = unwrap(t, "\\mbox{", "}");
      t = dropPrefix(t, "\\displaystyle");
      t = dropPrefix(t, "\\textstyle");
      if (t.startsWith("{") && t.endsWith("}") && balanced(t.substring(1, t.length() - 1))) {
        // A doubled brace, \\boxed{{7}}: the outer pair is LaTeX grouping.
        t = t.substring(1, t.length() - 1).strip();
      }
      t = unwrap(t, "$", "$");
      t = unwrap(t, "\\(", "\\)");
      t = unwrap(t, "\\[", "\\]");
      if (t.endsWith(".") && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 2))) {
        t = t.substring(0, t.length() - 1);
      } else if (t.endsWith(".") && t.indexOf('.') != t.length() - 1 && t.length() > 1) {
        t = t.substring(0, t.length() - 1);
      }
      t = t.strip();
      changed = !t.equals(before);
    }
    return t.replace('\u2212', '-')
        .replace('\u2013', '-')
        .replace("\\,", "")
        .replace("\\!", "")
        .replace("\\;", "")
        .replace("\\:", "")
        .replace("\\ ", " ")
        .replace("\\lt", "<")
        .replace("\\gt", ">")
        .replace("\\left", "")
        .replace("\\right", "")
        .replace("\\{", "{")
        .replace("\\}", "}")
        .strip();
  }

  /**
   * Maps the unicode spaces models emit (no-break, thin, narrow no-break, figure) to a space and
   * drops zero-width characters and byte-order marks.
   */
  private static String invisible(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == '\u00a0' || c == '\u2007' || c == '\u2009' || c == '\u202f';
      boolean drop =
          c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
      if (space || drop) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        if (space) {
          sb.append(' ');
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String dropPrefix(String t, String prefix) {
    return t.startsWith(prefix) ? t.substring(prefix.length()).strip() : t;
  }

  /** Whether the braces of a text pair up (so an outer pair can be taken off). */
  private static boolean balanced(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{' && (i == 0 || t.charAt(i - 1) != '\\')) {
        depth++;
      } else if (c == '}' && (i == 0 || t.charAt(i - 1) != '\\') && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String unwrap(String t, String open, String close) {
    if (t.startsWith(open) && t.endsWith(close) && t.length() >= open.length() + close.length()) {
      return t.substring(open.length(), t.length() - close.length()).strip();
    }
    return t;
  }
}
