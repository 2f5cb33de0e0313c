package dev.tmi.eval.score;

/**
 * The step-by-step verdict in one mode.
 *
 * @param correctSteps steps found correct
 * @param stepAccuracy correct steps over the larger of the reference and model step counts
 * @param firstError the first wrong step, or {@code null}
 */
public record StepCheck(int correctSteps, double stepAccuracy, FirstError firstError) {}
