package dev.tmi.cli;

import picocli.CommandLine.Option;

/** The options a benchmark takes to measure in fresh JVMs (see {@link Forks}). */
final class ForkOptions {
  @Option(
      names = "--forks",
      defaultValue = "1",
      description =
          "Fresh JVMs to measure in, one after the other; figures are medians over them, with"
              + " the range of the main rate (1: measure in this JVM; 'bench synth' forks per row"
              + " unless told not to, so there 1 is one fresh JVM per row).")
  int forks;

  @Option(names = "--json", hidden = true, description = "One JSON object per line (forks).")
  boolean json;

  /** Whether this process should start forks rather than measure itself. */
  boolean forking() {
    if (forks < 1) {
      throw new IllegalArgumentException("--forks must be positive, got " + forks);
    }
    return forks > 1;
  }
}
