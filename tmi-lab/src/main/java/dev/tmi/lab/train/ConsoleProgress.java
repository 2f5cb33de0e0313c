package dev.tmi.lab.train;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows training progress: a progress bar with loss, tokens/s and ETA in a terminal, or a log line
 * every 10% of the run otherwise (CI logs, files).
 */
public final class ConsoleProgress implements TrainListener {
  private final String name;
  private final PrintStream err;
  private final boolean bar;
  private ProgressBar pb;
  private long start;
  private long startStep;
  private long lastLogged = -1;

  /** Progress of a run called {@code name}, drawn as a bar when {@code bar}. */
  public ConsoleProgress(String name, PrintStream err, boolean bar) {
    this.name = name;
    this.err = err;
    this.bar = bar;
  }

  /** Whether stderr looks like a terminal a human watches. */
  public static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public void started(long step, long total) {
    start = System.nanoTime();
    startStep = step;
    if (step > 0) {
      err.printf(Locale.ROOT, "%s: resuming at step %d of %d%n", name, step, total);
    }
    if (bar) {
      pb =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" steps", 1)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .build();
      pb.stepTo(step);
    }
  }

  @Override
  public void step(long step, long total, float loss, double tokensPerSecond) {
    double secs = (System.nanoTime() - start) / 1e9;
    double eta = (total - step) * secs / Math.max(1, step - startStep);
    if (pb != null) {
      pb.stepTo(step);
      pb.setExtraMessage(
          String.format(Locale.ROOT, " loss %.3f, %.0f tok/s", loss, tokensPerSecond));
      return;
    }
    long tenth = Math.max(1, total / 10);
    if (step / tenth != lastLogged || step == total) {
      lastLogged = step / tenth;
      err.printf(
          Locale.ROOT,
          "%s: step %d/%d loss %.4f %.0f tok/s ETA %s%n",
          name,
          step,
          total,
          loss,
          tokensPerSecond,
          format(eta));
    }
  }

  @Override
  public void finished() {
    if (pb != null) {
      pb.close();
    }
  }

  private static String format(double seconds) {
    Duration d = Duration.ofSeconds((long) seconds);
    return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
