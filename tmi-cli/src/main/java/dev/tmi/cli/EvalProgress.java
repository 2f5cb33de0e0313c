package dev.tmi.cli;

import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.run.ResponseRecord;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The {@code tmi eval} progress bar: samples answered, requests/s, tokens/s and the running
 * accuracy; retries and failures are counted. Notes go to stderr either way; the bar only when
 * enabled (a terminal).
 */
final class EvalProgress implements EvalListener, AutoCloseable {
  private final boolean enabled;
  private final PrintWriter err;
  private ProgressBar bar;
  private long start;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong correct = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  EvalProgress(boolean enabled, PrintWriter err) {
    this.enabled = enabled;
    this.err = err;
  }

  @Override
  public synchronized void started(int total, int already) {
    start = System.nanoTime();
    if (already > 0) {
      err.printf("resuming: %d of %d samples already answered%n", already, total);
    }
    if (enabled) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("eval")
              .setInitialMax(total)
              .startsFrom(already, java.time.Duration.ZERO)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
    }
  }

  @Override
  public void answered(ResponseRecord r, boolean ok) {
    long n = done.incrementAndGet();
    if (ok) {
      correct.incrementAndGet();
    }
    if (r.completionTokens() > 0) {
      tokens.addAndGet(r.completionTokens());
    }
    ProgressBar b = bar;
    if (b != null) {
      double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      b.step();
      b.setExtraMessage(
          String.format(
              " %.1f req/s %.0f tok/s acc %.1f%%%s",
              n / secs,
              tokens.get() / secs,
              100.0 * correct.get() / n,
              retries.get() + failures.get() == 0
                  ? ""
                  : " retries " + retries.get() + " failed " + failures.get()));
    }
  }

  @Override
  public void retrying(String id, String error) {
    retries.incrementAndGet();
  }

  @Override
  public void failed(String id, String error) {
    failures.incrementAndGet();
    if (bar == null) {
      err.println("failed " + id + ": " + error);
    }
  }

  @Override
  public void stage(String name) {
    closeBar();
    err.println(name + "...");
  }

  @Override
  public void note(String message) {
    err.println(message);
  }

  long answered() {
    return done.get();
  }

  long correct() {
    return correct.get();
  }

  double seconds() {
    return start == 0 ? 0 : (System.nanoTime() - start) / 1e9;
  }

  private synchronized void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public void close() {
    closeBar();
  }
}
