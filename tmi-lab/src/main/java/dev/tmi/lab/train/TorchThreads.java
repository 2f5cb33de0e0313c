package dev.tmi.lab.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch's intra-op thread count, which decides whether training is bitwise repeatable.
 *
 * <p>With one thread, the same seed gives the same weights in every run, and a resumed run ends
 * with the weights of an uninterrupted one. With two threads on this machine, about one backward
 * pass in 500 to 3,000 gave gradients that differed in the last bits (always inside attention,
 * never in the forward pass), and AdamW turns such a difference into visibly different weights
 * within a few steps. More threads train faster on wider models (1.55 times with two threads on a
 * 3-layer width-128 model), so the choice is the user's; the command line defaults to one.
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

  /** Sets the count until the returned scope is closed, then restores the previous one. */
  public static Scope use(int threads) {
    int previous = get();
    set(threads);
    return new Scope(previous);
  }

  /** Restores the previous thread count on close. */
  public static final class Scope implements AutoCloseable {
    private final int previous;

    private Scope(int previous) {
      this.previous = previous;
    }

    /** The count restored on close. */
    public int previous() {
      return previous;
    }

    @Override
    public void close() {
      set(previous);
    }
  }
}
