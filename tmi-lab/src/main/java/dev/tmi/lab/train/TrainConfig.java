package dev.tmi.lab.train;

/**
 * How to train.
 *
 * @param steps optimizer steps
 * @param batchTokens tokens per step (padded batch size x length); the token budget is steps x
 *     batchTokens
 * @param lr the peak learning rate
 * @param warmup warm-up steps
 * @param weightDecay AdamW weight decay on weight matrices
 * @param clip the gradient-norm clipping threshold
 * @param seed the seed of initialisation and batch order
 * @param checkpointEvery steps between checkpoints (0: only at the end)
 * @param maxPositionOffset for learned positions: each batch starts at a random position in [0,
 *     this], so that rows beyond the training lengths get trained too (0: off)
 */
public record TrainConfig(
    int steps,
    int batchTokens,
    float lr,
    int warmup,
    float weightDecay,
    float clip,
    long seed,
    int checkpointEvery,
    int maxPositionOffset) {
  public TrainConfig {
    if (steps < 1
        || batchTokens < 1
        || !(lr > 0)
        || warmup < 0
        || clip <= 0
        || checkpointEvery < 0
        || maxPositionOffset < 0) {
      throw new IllegalArgumentException("training settings must be positive");
    }
  }

  /** The token budget. */
  public long tokens() {
    return (long) steps * batchTokens;
  }
}
