package dev.tmi.lab.eval;

/**
 * The scores of one split.
 *
 * @param n samples
 * @param correct samples whose boxed answer is right
 * @param accuracy correct / n
 * @param stepAccuracy mean fraction of correct steps against the reference execution
 * @param selfConsistentStepAccuracy mean fraction of steps consistent with the model's own earlier
 *     values (replaying the algorithm)
 * @param perfect samples with every step and the answer right
 * @param truncated samples the length guard cut
 * @param meanTokens mean generated tokens
 */
public record SplitScore(
    int n,
    int correct,
    double accuracy,
    double stepAccuracy,
    double selfConsistentStepAccuracy,
    int perfect,
    int truncated,
    double meanTokens) {}
