package dev.tmi.lab.train;

/**
 * Linear warm-up, then cosine decay to a floor.
 *
 * @param peak the learning rate after warm-up
 * @param floor the learning rate at the end
 * @param warmup warm-up steps
 * @param total all steps
 */
public record Schedule(float peak, float floor, long warmup, long total) {
  /** The learning rate of a step (0-based). */
  public float at(long step) {
    if (step < warmup) {
      return peak * (step + 1) / warmup;
    }
    double progress = Math.min(1.0, (double) (step - warmup) / Math.max(1, total - warmup));
    return (float) (floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }
}
