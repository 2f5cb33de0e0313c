package dev.tmi.eval.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The worker pools of the evaluation stages: how they are made, and how they end. */
public final class Workers {
  private Workers() {}

  /** Daemon threads, so that a failed stage never keeps the JVM alive. */
  public static ThreadFactory daemons(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Stops the workers and waits for them: when one fails, or the caller is interrupted, the others
   * must not go on asking a model and handing records to a log that the caller is about to close. A
   * request aborts when its thread is interrupted. Called from {@code finally}, so it never throws;
   * after a minute it stops waiting (the threads are daemons).
   */
  public static void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
