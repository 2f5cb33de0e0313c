package dev.tmi.engine.verify;

/** Why a step of a model's chain of thought is wrong. */
public enum ErrorType {
  /** The step cannot be read, or does not have the shape the algorithm needs. */
  FORMAT,
  /** An operand differs from what memory holds at that point. */
  FETCH,
  /** The operation's result (or a written value) is wrong for the stated operands. */
  COMPUTE,
  /** A wrong next state, or a skipped or missing step. */
  TRANSITION,
  /** The final answer is missing, or does not follow from the steps. */
  ANSWER;

  /** The lower-case name used in reports. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
