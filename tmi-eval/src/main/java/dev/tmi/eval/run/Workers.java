package dev.tmi.eval.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker pools of the evaluation stages: how they are made, and how they end. */
public final class Workers {
  private Workers() {}

  /** The work on one item. */
  @FunctionalInterface
  public interface Work<T> {
    void on(T item) throws IOException, InterruptedException;
  }

  /**
   * Works on every item with {@code threads} daemon workers, each taking the next item in turn.
   * Workers are awaited in the order they end, so the first that fails stops the others at once
   * (they are interrupted, and a worker interrupted between items takes no more); this returns or
   * throws only when every worker has stopped.
   *
   * @throws IOException the first worker's I/O failure (other checked failures are wrapped)
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  public static <T> void forEach(List<T> items, int threads, String name, Work<T> work)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons(name));
    AtomicInteger next = new AtomicInteger();
    try {
      CompletionService<Void> workers = new ExecutorCompletionService<>(pool);
      for (int w = 0; w < threads; w++) {
        workers.submit(
            () -> {
              int i;
              while (!Thread.currentThread().isInterrupted()
                  && (i = next.getAndIncrement()) < items.size()) {
                work.on(items.get(i));
              }
              return null;
            });
      }
      for (int w = 0; w < threads; w++) {
        workers.take().get();
      }
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    } finally {
      stop(pool);
    }
  }

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
