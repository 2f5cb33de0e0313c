package dev.tmi.tasks.common;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.variant.Variants;

/**
 * Measures the length of the {@code tail} chain of thought over many drawn instances of a split,
 * for the 32,000-character bound and for the reports.
 *
 * @param split the split
 * @param count how many instances were measured
 * @param average the mean length in characters
 * @param max the longest one
 */
public record CotStats(Split split, int count, double average, int max) {

  /** The tail limit every L sample must respect. */
  public static final int LIMIT = 32_000;

  /** Measures {@code count} instances of a split, drawn from a fixed stream. */
  public static <I> CotStats measure(Task<I> task, Split split, int count) {
    long total = 0;
    int max = 0;
    for (int i = 0; i < count; i++) {
      Drawn<I> d = Drawn.draw(task, 77, "cot-stats", i, split);
      int len = Variants.TAIL.render(d.solve().trace().events()).length();
      total += len;
      max = Math.max(max, len);
    }
    return new CotStats(split, count, (double) total / count, max);
  }

  @Override
  public String toString() {
    return String.format(
        "%s: %d instances, tail CoT average %.0f chars, max %d", split, count, average, max);
  }
}
