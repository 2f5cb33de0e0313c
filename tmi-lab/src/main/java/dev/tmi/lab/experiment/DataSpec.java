package dev.tmi.lab.experiment;

import dev.tmi.synth.Mix;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which data a lab run uses: a {@code tmi synth} data set (synthesized if absent).
 *
 * @param dir the data set directory
 * @param train training samples per task
 * @param eval evaluation samples per split
 * @param seed the synthesis seed
 * @param mix the length mixture of the training samples: S only, or the paper's S:M:L mixtures
 */
public record DataSpec(Path dir, int train, int eval, long seed, Mix mix) {
  public DataSpec {
    if (train < 1 || eval < 0) {
      throw new IllegalArgumentException("--train must be positive and --eval not negative");
    }
    Objects.requireNonNull(mix, "mix");
  }

  /** Training data from S only. */
  public DataSpec(Path dir, int train, int eval, long seed) {
    this(dir, train, eval, seed, Mix.S_ONLY);
  }
}
