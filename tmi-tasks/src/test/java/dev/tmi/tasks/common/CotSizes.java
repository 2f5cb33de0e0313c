package dev.tmi.tasks.common;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.variant.Variants;
import java.util.Locale;

/** Measures the length of the {@code tail} chain of thought over many drawn instances. */
public final class CotSizes {
  private CotSizes() {}

  /**
   * Average and maximum {@code tail} characters of one split.
   *
   * @param split the split
   * @param count how many instances were drawn
   * @param average the mean length
   * @param max the longest
   */
  public record Stats(Split split, int count, double average, int max) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: n=%d avg=%.0f max=%d", split, count, average, max);
    }
  }

  /** Draws {@code count} instances of a split and measures their {@code tail} chains. */
  public static <I> Stats measure(Task<I> task, Split split, int count) {
    long total = 0;
    int max = 0;
    for (int i = 0; i < count; i++) {
      Drawn<I> d = Drawn.draw(task, 7, "sizes", i, split);
      int len = Variants.TAIL.render(d.solve().trace().events()).length();
      total += len;
      max = Math.max(max, len);
    }
    return new Stats(split, count, (double) total / count, max);
  }
}
