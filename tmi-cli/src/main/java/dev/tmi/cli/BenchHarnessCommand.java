package dev.tmi.cli;

import dev.tmi.eval.loopback.HarnessBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi bench harness}: the evaluation harness's own overhead. */
@Command(
    name = "harness",
    mixinStandardHelpOptions = true,
    description = {
      "The evaluation harness's own throughput: the real runner, HTTP client and fsync'd"
          + " response log against a zero-latency loopback OpenAI-compatible server started in"
          + " the same process (sharing the cores). Median requests/s over runs; target: at"
          + " least 1,000 requests/s at concurrency 64."
    })
final class BenchHarnessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--requests", defaultValue = "5000", description = "Requests per run.")
  int requests;

  @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight.")
  int concurrency;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (median reported).")
  int runs;

  @Option(
      names = "--server",
      defaultValue = "ZERO_LATENCY",
      description =
          "The loopback server: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); JDK is the"
              + " general-purpose server the tests use, for comparison.")
  HarnessBench.Server server;

  @Option(
      names = "--task",
      defaultValue = "binary-search",
      description = "Whose reference traces the server answers.")
  String task;

  @Override
  public Integer call() throws Exception {
    if (requests < 1 || runs < 1 || concurrency < 1) {
      throw new IllegalArgumentException("--requests, --runs and --concurrency must be positive");
    }
    Path scratch = Files.createTempDirectory("tmi-bench-harness");
    try {
      HarnessBench.Result r =
          HarnessBench.measure(task, requests, concurrency, runs, server, scratch);
      spec.commandLine()
          .getOut()
          .printf(
              "harness: %d requests x %d runs at concurrency %d, %.0f-byte responses:"
                  + " median %.0f requests/s (slowest run %.0f requests/s), on %d cores shared"
                  + " with the server%n",
              r.requests(),
              runs,
              r.concurrency(),
              r.bytesPerResponse(),
              r.requestsPerSecond(),
              r.minRequestsPerSecond(),
              Runtime.getRuntime().availableProcessors());
      int cores = Runtime.getRuntime().availableProcessors();
      spec.commandLine()
          .getOut()
          .printf(
              "CPU cost: %.0f requests per CPU second (client, log and server together), i.e. %.0f"
                  + " requests/s on %d idle cores; the wall-clock rate above is lower when other"
                  + " processes share the machine (load average now %.1f)%n",
              r.requestsPerCpuSecond(),
              r.requestsPerCpuSecond() * cores,
              cores,
              java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                  .getSystemLoadAverage());
    } finally {
      Files.deleteIfExists(scratch);
    }
    return 0;
  }
}
