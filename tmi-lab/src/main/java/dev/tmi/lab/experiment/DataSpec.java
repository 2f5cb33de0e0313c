package dev.tmi.lab.experiment;

import java.nio.file.Path;

/**
 * Which data a lab run uses: a {@code tmi synth} data set (synthesized if absent).
 *
 * @param dir the data set directory
 * @param train training samples per task (S only)
 * @param eval evaluation samples per split
 * @param seed the synthesis seed
 */
public record DataSpec(Path dir, int train, int eval, long seed) {
  public DataSpec {
    if (train < 1 || eval < 0) {
      throw new IllegalArgumentException("--train must be positive and --eval not negative");
    }
  }
}
