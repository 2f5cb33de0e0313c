package dev.tmi.eval.run;

/** Hears about an evaluation's progress; for progress bars and logs. Calls come from any thread. */
public interface EvalListener {
  /**
   * Inference starts.
   *
   * @param total samples selected
   * @param done samples already answered in an earlier run
   */
  default void started(int total, int done) {}

  /** A response is on disk; {@code correct} is a quick answer check for the running accuracy. */
  default void answered(ResponseRecord r, boolean correct) {}

  /** An attempt failed and will be retried. */
  default void retrying(String id, String error) {}

  /** A sample failed for good in this run (it is retried by the next run). */
  default void failed(String id, String error) {}

  /** A stage begins: {@code judging}, {@code scoring}. */
  default void stage(String name) {}

  /** A line for the user (warnings, what resumed). */
  default void note(String message) {}
}
