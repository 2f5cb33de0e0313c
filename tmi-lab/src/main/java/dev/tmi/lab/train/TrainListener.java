package dev.tmi.lab.train;

/** Hears about training progress (a progress bar, a log, a test). */
public interface TrainListener {
  /** Training starts (or resumes) at {@code step} of {@code total}. */
  default void started(long step, long total) {}

  /** A step finished. */
  default void step(long step, long total, float loss, double tokensPerSecond) {}

  /** A checkpoint was written after {@code step} steps. */
  default void checkpoint(long step) {}

  /** Training ended. */
  default void finished() {}

  /** A listener that hears nothing. */
  TrainListener NONE = new TrainListener() {};
}
