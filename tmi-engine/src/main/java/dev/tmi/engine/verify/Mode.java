package dev.tmi.engine.verify;

/** How a model's steps are checked. */
public enum Mode {
  /** Step by step against the reference execution: one slip makes every later step differ. */
  REFERENCE,
  /**
   * The algorithm is replayed on the model's own values: an operand must equal what the model's
   * earlier steps wrote, a result must follow from the stated operands, and the next state must be
   * the one the algorithm takes from there, so one slip is counted once.
   */
  SELF_CONSISTENT
}
