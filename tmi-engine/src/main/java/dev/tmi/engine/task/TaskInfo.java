package dev.tmi.engine.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a task is, for listings, documentation and the paper's tables.
 *
 * @param id the stable id, e.g. {@code addition}
 * @param title the paper's name, e.g. "Large Number Addition"
 * @param algorithmClass the algorithm class
 * @param definition one sentence on the problem
 * @param lengthMeaning what the split's length measures, e.g. "digits of each operand"
 * @param ranges the paper's S/M/L ranges of the length
 * @param inPaper whether the task is one of the paper's 18
 */
public record TaskInfo(
    String id,
    String title,
    AlgorithmClass algorithmClass,
    String definition,
    String lengthMeaning,
    Map<Split, LengthRange> ranges,
    boolean inPaper) {
  public TaskInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(algorithmClass, "algorithmClass");
    ranges = Map.copyOf(new EnumMap<>(ranges));
    if (ranges.size() != 3) {
      throw new IllegalArgumentException(id + ": ranges for S, M and L are required");
    }
  }

  /** The range of a split. */
  public LengthRange range(Split split) {
    return ranges.get(split);
  }

  /** Shorthand for a paper task with three ranges. */
  public static TaskInfo of(
      String id,
      String title,
      AlgorithmClass algorithmClass,
      String definition,
      String lengthMeaning,
      LengthRange s,
      LengthRange m,
      LengthRange l) {
    return new TaskInfo(
        id,
        title,
        algorithmClass,
        definition,
        lengthMeaning,
        Map.of(Split.S, s, Split.M, m, Split.L, l),
        true);
  }

  /** The same info, marked as an extra task that is not in the paper. */
  public TaskInfo extra() {
    return new TaskInfo(id, title, algorithmClass, definition, lengthMeaning, ranges, false);
  }

  /** The ranges in S, M, L order. */
  public List<LengthRange> orderedRanges() {
    return List.of(ranges.get(Split.S), ranges.get(Split.M), ranges.get(Split.L));
  }
}
