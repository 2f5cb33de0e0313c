package dev.tmi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, filled in below. */
@Command(name = "harness", mixinStandardHelpOptions = true, description = "Harness overhead.")
final class BenchHarnessCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
