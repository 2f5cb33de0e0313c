package dev.tmi.eval.judge;

import java.util.Locale;

/**
 * The two prompts of the paper's LLM-judge protocol: a small model extracts the final answer from a
 * free-form output, and a large model says YES or NO to whether it equals the reference.
 */
public final class JudgePrompts {
  /** How much of a long output the extractor sees: its end, where the answer is. */
  static final int TAIL_CHARS = 6000;

  private JudgePrompts() {}

  /** The extractor's prompt. */
  public static String extractor(String question, String output) {
    String tail =
        output.length() > TAIL_CHARS
            ? "..." + output.substring(output.length() - TAIL_CHARS)
            : output;
    return "Below is a question and a model's response to it. Extract the final answer that the"
        + " response gives, exactly as the response states it, and output only that answer with"
        + " no explanation. If the response gives no final answer, output NONE.\n\n"
        + "Question:\n"
        + question
        + "\n\nResponse:\n"
        + tail
        + "\n\nFinal answer:";
  }

  /** The judge's prompt. */
  public static String judge(String question, String reference, String candidate) {
    return "You are grading an answer to a question.\n\nQuestion:\n"
        + question
        + "\n\nReference answer: "
        + reference
        + "\nCandidate answer: "
        + candidate
        + "\n\nIs the candidate answer the same as the reference answer (the same value; ignore"
        + " formatting such as spaces, brackets or LaTeX)? Reply with YES or NO only.";
  }

  /** Reads a judge's reply: {@code YES}, {@code NO} or {@code UNCLEAR}. */
  public static String verdict(String reply) {
    String t = reply.replaceAll("(?s)<think>.*?</think>", "").strip().toUpperCase(Locale.ROOT);
    t = t.replaceAll("^[^A-Z]+", "");
    if (t.startsWith("YES")) {
      return "YES";
    }
    if (t.startsWith("NO")) {
      return "NO";
    }
    boolean yes = t.matches("(?s).*\\bYES\\b.*");
    boolean no = t.matches("(?s).*\\bNO\\b.*");
    return yes == no ? "UNCLEAR" : yes ? "YES" : "NO";
  }
}
