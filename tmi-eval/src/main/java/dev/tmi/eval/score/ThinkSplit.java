package dev.tmi.eval.score;

/**
 * Separates reasoning from the final answer.
 *
 * <p>With stripping on, {@code <think>...</think>} sections are reasoning and only the text outside
 * them can hold the final answer; an unclosed {@code <think>} (generation stopped while thinking)
 * leaves no answer text. A server that returns reasoning apart ({@code reasoning_content}) is
 * treated the same way. With stripping off, the whole text is both.
 *
 * @param cot the reasoning to verify step by step
 * @param answerText where the final {@code \boxed{}} is searched
 */
public record ThinkSplit(String cot, String answerText) {
  private static final String OPEN = "<think>";
  private static final String CLOSE = "</think>";

  /** Splits a model's output. */
  public static ThinkSplit of(String text, String reasoning, boolean strip) {
    if (reasoning != null && !reasoning.isEmpty()) {
      ThinkSplit inner = of(text, null, strip);
      return new ThinkSplit(reasoning + "\n" + inner.cot(), inner.answerText());
    }
    if (!strip) {
      return new ThinkSplit(text, text);
    }
    StringBuilder cot = new StringBuilder();
    StringBuilder answer = new StringBuilder();
    int i = 0;
    // A reasoning parser may have eaten the opening tag: text up to a lone </think> is reasoning.
    int firstClose = text.indexOf(CLOSE);
    int firstOpen = text.indexOf(OPEN);
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
      cot.append(text, 0, firstClose);
      i = firstClose + CLOSE.length();
    }
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      if (open < 0) {
        answer.append(text, i, text.length());
        break;
      }
      answer.append(text, i, open);
      int close = text.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        cot.append(text, open + OPEN.length(), text.length());
        break;
      }
      cot.append(text, open + OPEN.length(), close).append('\n');
      i = close + CLOSE.length();
    }
    String c = cot.toString();
    String a = answer.toString();
    // No think section at all: the reasoning is the text before the box, as without stripping.
    return c.isBlank() ? new ThinkSplit(text, text) : new ThinkSplit(c, a);
  }
}
