package dev.tmi.lab.train;

import ai.djl.ndarray.NDManager;
import dev.tmi.lab.model.Transformer;

/** Lets the benchmark run exactly the trainer's step. */
public final class BenchAccess {
  private BenchAccess() {}

  /** One training step, as {@link Trainer} runs it. */
  public static float step(NDManager m, Transformer model, AdamW opt, Batcher.Batch b, float lr) {
    return Trainer.trainStep(m, model, opt, b, 0, lr);
  }
}
