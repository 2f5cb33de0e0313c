package dev.tmi.eval.run;

import java.nio.file.Path;

/**
 * The files of a run directory.
 *
 * @param dir the run directory
 */
public record RunFiles(Path dir) {
  /** Raw responses, append-only. */
  public Path responses() {
    return dir.resolve("responses.jsonl");
  }

  /** Samples that failed for good, append-only log of attempts (retried by the next run). */
  public Path errors() {
    return dir.resolve("errors.jsonl");
  }

  /** Judge verdicts, append-only. */
  public Path judge() {
    return dir.resolve("judge.jsonl");
  }

  /** Per-sample scores, rewritten atomically by every scoring. */
  public Path scores() {
    return dir.resolve("scores.jsonl");
  }

  /** The summary, rewritten atomically by every scoring. */
  public Path summary() {
    return dir.resolve("summary.json");
  }

  /** The run's configuration, without any key. */
  public Path config() {
    return dir.resolve("run.json");
  }

  /** Held while a run writes, so two runs cannot append to one log. */
  public Path lock() {
    return dir.resolve(".lock");
  }
}
