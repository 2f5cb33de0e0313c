package dev.tmi.eval.judge;

/**
 * One line of {@code judge.jsonl}.
 *
 * @param id the sample id
 * @param extracted what the extractor model answered
 * @param verdict {@code YES}, {@code NO}, or {@code UNCLEAR} when the judge said neither
 * @param judgeText the judge's raw reply
 */
public record JudgeRecord(String id, String extracted, String verdict, String judgeText) {
  /** Whether the judge accepted the answer. */
  public boolean correct() {
    return "YES".equals(verdict);
  }
}
