package dev.tmi.cli;

import dev.tmi.synth.SynthListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws synthesis progress with samples/s and MB/s; silent when disabled. */
final class ProgressListener implements SynthListener, AutoCloseable {
  private final boolean enabled;
  private final String name;
  private ProgressBar bar;
  private long bytes;
  private long start;

  ProgressListener(boolean enabled) {
    this(enabled, "synth");
  }

  ProgressListener(boolean enabled, String name) {
    this.enabled = enabled;
    this.name = name;
  }

  /** Whether stderr looks like a terminal a human watches. */
  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public void started(long totalSamples) {
    start = System.nanoTime();
    if (enabled) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(totalSamples)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" samples", 1)
              .showSpeed()
              .setConsumer(
                  new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                      new PrintStream(System.err)))
              .build();
    }
  }

  @Override
  public void progress(long samples, long written) {
    bytes += written;
    if (bar != null) {
      bar.stepBy(samples);
      double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      bar.setExtraMessage(String.format(" %.0f MB/s", bytes / 1e6 / secs));
    }
  }

  @Override
  public void phase(String description) {
    if (bar != null) {
      bar.setExtraMessage(" " + description);
    }
  }

  long bytes() {
    return bytes;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
