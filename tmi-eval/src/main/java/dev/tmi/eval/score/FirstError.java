package dev.tmi.eval.score;

import dev.tmi.engine.verify.StepError;

/**
 * The first wrong step, as reported.
 *
 * @param step 0-based atomic state
 * @param line 1-based line of the chain of thought, 0 if unknown
 * @param type {@code format}, {@code fetch}, {@code compute}, {@code transition} or {@code answer}
 * @param detail a short explanation
 * @param position where in the execution it happened: step / reference steps, in [0, 1]
 */
public record FirstError(int step, int line, String type, String detail, double position) {

  static FirstError of(StepError e, int referenceSteps) {
    if (e == null) {
      return null;
    }
    double pos = referenceSteps <= 1 ? 0 : Math.min(1.0, (double) e.step() / (referenceSteps - 1));
    return new FirstError(e.step(), e.line(), e.type().id(), e.detail(), pos);
  }
}
