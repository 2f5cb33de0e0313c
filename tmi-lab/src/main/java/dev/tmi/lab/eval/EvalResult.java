package dev.tmi.lab.eval;

import java.util.Map;

/**
 * What one evaluation of one model on one task measured.
 *
 * @param task the task id
 * @param variant the variant the model writes
 * @param model the model's name
 * @param splits scores per split (S, M, L)
 * @param seconds wall time of the evaluation
 */
public record EvalResult(
    String task, String variant, String model, Map<String, SplitScore> splits, double seconds) {

  /** The accuracy of a split, or NaN if it was not evaluated. */
  public double accuracy(String split) {
    SplitScore s = splits.get(split);
    return s == null ? Double.NaN : s.accuracy();
  }
}
