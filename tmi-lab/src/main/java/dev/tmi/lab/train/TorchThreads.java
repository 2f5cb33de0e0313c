package dev.tmi.lab.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch's intra-op thread count, for the whole process. Two threads train a 3-layer width-128
 * model 1.55 times faster than one here and a 2-layer width-64 model no faster; on a machine shared
 * with other jobs, fewer threads than cores can be the faster choice. The count does not make
 * training bitwise repeatable: runs differ now and then with one thread too (docs/lab.md).
 */
public final class TorchThreads {
  private TorchThreads() {}

  /** The current count. */
  public static int get() {
    Engine.getEngine("PyTorch");
    return JniUtils.getNumThreads();
  }

  /**
   * Sets the count for the whole process.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static void set(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    Engine.getEngine("PyTorch");
    JniUtils.setNumThreads(threads);
  }
}
