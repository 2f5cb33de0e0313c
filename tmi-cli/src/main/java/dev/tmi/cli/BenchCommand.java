package dev.tmi.cli;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Manifest;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthBench;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.Synthesizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi bench}: benchmarks that time whole runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks.",
    subcommands = {BenchCommand.Synth.class, BenchScoreCommand.class, BenchHarnessCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tmi bench synth}. */
  @Command(
      name = "synth",
      mixinStandardHelpOptions = true,
      description = {
        "Rendering throughput per task and variant on one thread (samples/s, MB/s of JSONL,"
            + " medians over runs), and with --paper-scale the wall time of the paper-scale"
            + " synthesis (every task x 100,000 train + 3 x 500 eval) on all cores."
      })
  static final class Synth implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--tasks", defaultValue = "all", description = "Task ids or all.")
    String tasks;

    @Option(
        names = "--variants",
        defaultValue = "tail,tail-styled,no-linear,no-atomic,no-fetcher,direct",
        description = "Variant ids.")
    String variants;

    @Option(names = "--samples", defaultValue = "20000", description = "Samples per run.")
    int samples;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (median reported).")
    int runs;

    @Option(names = "--split", defaultValue = "S", description = "Length split to render.")
    String split;

    @Option(names = "--paper-scale", description = "Also time the paper-scale synthesis.")
    boolean paperScale;

    @Option(names = "--scratch", description = "Where --paper-scale writes (deleted after).")
    Path scratch;

    @Override
    public Integer call() throws Exception {
      if (samples < 1 || runs < 1) {
        throw new IllegalArgumentException("--samples and --runs must be positive");
      }
      PrintWriter out = spec.commandLine().getOut();
      List<SynthBench.Row> rows =
          SynthBench.measure(
              TaskRegistry.load(),
              TaskArgs.tasks(tasks),
              TaskArgs.list(variants),
              samples,
              runs,
              Split.parse(split));
      out.printf(
          "%-24s %-12s %12s %10s %12s%n", "TASK", "VARIANT", "samples/s", "MB/s", "bytes/sample");
      for (SynthBench.Row r : rows) {
        out.printf(
            "%-24s %-12s %12.0f %10.1f %12.0f%n",
            r.task(), r.variant(), r.samplesPerSecond(), r.megabytesPerSecond(), r.bytesPerSample());
      }
      double[] cot =
          rows.stream()
              .filter(r -> !r.variant().equals("direct"))
              .mapToDouble(SynthBench.Row::megabytesPerSecond)
              .sorted()
              .toArray();
      if (cot.length > 0) {
        out.printf(
            "CoT variants, one thread: median %.0f MB/s, min %.0f MB/s%n",
            cot[cot.length / 2], cot[0]);
      }
      if (paperScale) {
        paperScale(out);
      }
      return 0;
    }

    private void paperScale(PrintWriter out) throws Exception {
      Path base = scratch != null ? scratch : Files.createTempDirectory("tmi-bench");
      Path dir = base.resolve("paper-scale");
      int threads = Runtime.getRuntime().availableProcessors();
      SynthConfig config =
          new SynthConfig(
              TaskRegistry.load().ids(),
              100_000,
              500,
              Mix.S_ONLY,
              List.of("tail"),
              1,
              threads,
              Shard.ALL,
              dir,
              false,
              DedupMode.QUERY);
      long t0 = System.nanoTime();
      Manifest m = new Synthesizer(TaskRegistry.load()).run(config, new dev.tmi.synth.SynthListener() {});
      double secs = (System.nanoTime() - t0) / 1e9;
      long samplesOut = m.files().stream().mapToLong(Manifest.FileEntry::count).sum();
      long bytes = m.files().stream().mapToLong(Manifest.FileEntry::bytes).sum();
      out.printf(
          "paper scale: %d tasks, %d samples, %.0f MB in %.1f s wall on %d threads (%.0f MB/s)%n",
          config.tasks().size(), samplesOut, bytes / 1e6, secs, threads, bytes / 1e6 / secs);
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      if (scratch == null) {
        Files.deleteIfExists(base);
      }
    }
  }
}
