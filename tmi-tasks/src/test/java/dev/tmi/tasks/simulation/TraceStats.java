package dev.tmi.tasks.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.variant.Variants;

/** Measures the length of the tail chain of thought per split, for the size limit. */
final class TraceStats {
  /** Instances measured per split. */
  static final int PER_SPLIT = 2000;

  private TraceStats() {}

  /**
   * Prints the average and maximum tail CoT length per split and checks that no L sample exceeds
   * {@code bound} characters.
   */
  static <I> void assertBounded(Task<I> task, int bound) {
    StringBuilder report = new StringBuilder(task.info().id()).append(" tail chars:");
    for (Split s : Split.values()) {
      long total = 0;
      int max = 0;
      for (int i = 0; i < PER_SPLIT; i++) {
        Drawn<I> d = Drawn.draw(task, 77, "size", i, s);
        int len = Variants.TAIL.render(d.solve().trace().events()).length();
        total += len;
        max = Math.max(max, len);
      }
      report.append(String.format(" %s avg %d max %d;", s, total / PER_SPLIT, max));
      if (s == Split.L) {
        assertThat(max).as("longest L tail CoT").isLessThanOrEqualTo(bound);
      }
    }
    System.out.println(report);
  }
}
