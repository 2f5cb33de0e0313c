package dev.tmi.engine.answer;

/**
 * Undoes the surface forms models wrap answers in: LaTeX text and math wrappers, thin spaces,
 * unicode minus signs, surrounding dollars and a trailing period. What remains is compared by
 * each {@link AnswerKind} on its own terms.
 */
public final class Surface {
  private Surface() {}

  /** The answer text without decoration. */
  public static String clean(String s) {
    String t = s.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      String before = t;
      t = unwrap(t, "\\text{", "}");
      t = unwrap(t, "\\mathrm{", "}");
      t = unwrap(t, "\\textbf{", "}");
      t = unwrap(t, "\\mathbf{", "}");
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
        .replace("\\ ", " ")
        .replace("\\lt", "<")
        .replace("\\gt", ">")
        .replace("\\left", "")
        .replace("\\right", "")
        .replace("\\{", "{")
        .replace("\\}", "}")
        .strip();
  }

  private static String unwrap(String t, String open, String close) {
    if (t.startsWith(open) && t.endsWith(close) && t.length() >= open.length() + close.length()) {
      return t.substring(open.length(), t.length() - close.length()).strip();
    }
    return t;
  }
}
