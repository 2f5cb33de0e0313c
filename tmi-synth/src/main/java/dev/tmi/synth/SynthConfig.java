package dev.tmi.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything that decides what {@code tmi synth} writes. Output bytes depend on all of it except
 * {@code threads}.
 *
 * @param tasks task ids, in output order
 * @param train training samples per task
 * @param eval evaluation samples per task and split (S, M and L each)
 * @param mix the S:M:L proportions of the training samples
 * @param variants variant ids; each instance is rendered in every one
 * @param seed the run seed
 * @param threads worker threads (does not change the output)
 * @param shard the slice of the job to produce
 * @param out the output directory (must not exist or be empty)
 * @param think whether chains of thought are wrapped in {@code <think>...</think>}
 * @param dedup what counts as a duplicate
 */
public record SynthConfig(
    List<String> tasks,
    int train,
    int eval,
    Mix mix,
    List<String> variants,
    long seed,
    int threads,
    Shard shard,
    Path out,
    boolean think,
    DedupMode dedup) {

  /** The most samples per task and stream a run may ask for. */
  public static final int MAX_PER_STREAM = 10_000_000;

  public SynthConfig {
    tasks = List.copyOf(tasks);
    variants = List.copyOf(variants);
    Objects.requireNonNull(mix, "mix");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dedup, "dedup");
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("--tasks: at least one task is needed");
    }
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("--variants: at least one variant is needed");
    }
    if (train < 0 || train > MAX_PER_STREAM) {
      throw new IllegalArgumentException(
          "--train must be between 0 and " + MAX_PER_STREAM + ", got " + train);
    }
    if (eval < 0 || eval > MAX_PER_STREAM) {
      throw new IllegalArgumentException(
          "--eval must be between 0 and " + MAX_PER_STREAM + ", got " + eval);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + threads);
    }
    if (tasks.stream().distinct().count() != tasks.size()) {
      throw new IllegalArgumentException("--tasks lists a task twice");
    }
    if (variants.stream().distinct().count() != variants.size()) {
      throw new IllegalArgumentException("--variants lists a variant twice");
    }
  }
}
