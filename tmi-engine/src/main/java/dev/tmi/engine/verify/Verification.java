package dev.tmi.engine.verify;

/**
 * The verdict on one model output.
 *
 * @param mode how steps were checked
 * @param hasCot whether the variant has a chain of thought to check
 * @param parses whether every line of the chain of thought could be read
 * @param parseErrors how many lines could not be read
 * @param referenceSteps atomic states in the reference execution (as the variant shows them)
 * @param modelSteps atomic states the model wrote
 * @param correctSteps steps found correct
 * @param firstError the first wrong step, or {@code null} if there is none
 * @param answerFound whether a {@code \boxed{}} answer was found
 * @param answerCorrect whether the answer equals the canonical one
 */
public record Verification(
    Mode mode,
    boolean hasCot,
    boolean parses,
    int parseErrors,
    int referenceSteps,
    int modelSteps,
    int correctSteps,
    StepError firstError,
    boolean answerFound,
    boolean answerCorrect) {

  /** The fraction of correct steps, over the larger of the reference and model step counts. */
  public double stepAccuracy() {
    int denominator = Math.max(referenceSteps, modelSteps);
    return denominator == 0
        ? (firstError == null ? 1.0 : 0.0)
        : (double) correctSteps / denominator;
  }

  /** Whether every step and the answer are right. */
  public boolean perfect() {
    return firstError == null && answerCorrect;
  }
}
