package dev.tmi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.stats.Median;
import dev.tmi.synth.BuildComparison;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Manifest;
import dev.tmi.synth.Mix;
import dev.tmi.synth.OutputStaging;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthBench;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.Synthesizer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi bench}: benchmarks that time whole runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks.",
    subcommands = {
      BenchCommand.Synth.class,
      BenchCommand.Export.class,
      BenchScoreCommand.class,
      BenchHarnessCommand.class
    })
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
            + " medians over runs), and with --paper-scale, first, the wall time of the paper-scale"
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

    @Option(
        names = "--together",
        description =
            "Per task, render the variants from one run of the algorithm, as 'tmi synth"
                + " --variants a,b,c' does: one row per task with the bytes of them all.")
    boolean together;

    @Option(names = "--scratch", description = "Where --paper-scale writes (deleted after).")
    Path scratch;

    @Option(
        names = "--fork-per-row",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "Measure each row in fresh JVMs of its own (--forks of them; the default), as JMH"
                + " forks per benchmark: in one JVM a row's figure depends on the rows measured"
                + " before it, whose code the JIT compiled the shared engine for, and some rows"
                + " measured up to 1.7 times lower. --no-fork-per-row measures every row in this"
                + " JVM (or in each of --forks JVMs), as one 'tmi synth' run renders them, in a"
                + " fraction of the time.")
    boolean forkPerRow;

    @Option(
        names = "--against",
        paramLabel = "BUILD",
        description =
            "Compare with another build of TMI (a checkout after mvn package, or its"
                + " tmi-cli/target), both loaded in one JVM: each row is measured in --rounds"
                + " rounds alternating between the builds, in --forks fresh JVMs of its own (with"
                + " --no-fork-per-row, every row in this JVM), and reported as the median of the"
                + " rounds' ratios.")
    Path against;

    @Option(
        names = "--rounds",
        defaultValue = "5",
        description = "Rounds per row with --against (each measures both builds).")
    int rounds;

    @Option(
        names = "--warm-up",
        defaultValue = "1",
        paramLabel = "SECONDS",
        description =
            "With --against: how long each build renders before a row's first round (four times"
                + " as long before the first row, a quarter before later rounds).")
    double warmUp;

    @Option(names = "--paper-scale-only", hidden = true, description = "No rows (forks).")
    boolean paperScaleOnly;

    @Mixin ForkOptions fork;

    /** The paper-scale run's figures. */
    record PaperScale(
        int tasks,
        long samples,
        double megabytes,
        double seconds,
        int threads,
        double cpuSeconds,
        double jitSeconds,
        double loadBefore) {}

    @Override
    public Integer call() throws Exception {
      if (samples < 1 || runs < 1) {
        throw new IllegalArgumentException("--samples and --runs must be positive");
      }
      PrintWriter out = spec.commandLine().getOut();
      boolean forking = fork.forking();
      if (against != null) {
        return compared(out);
      }
      if (forkPerRow) {
        return forkedPerRow(out);
      }
      if (forking) {
        return forked(out);
      }
      PaperScale ps = null;
      if (paperScale) {
        // First, while the JIT is as cold as in a `tmi synth` run: compiling every task's code
        // competes with the rendering threads, and timing it warm would hide that cost.
        ps = paperScale();
        if (!fork.json) {
          print(out, ps);
          out.flush();
        }
      }
      List<SynthBench.Row> rows =
          paperScaleOnly
              ? List.of()
              : SynthBench.measure(
                  TaskRegistry.load(),
                  TaskArgs.tasks(tasks),
                  TaskArgs.list(variants),
                  samples,
                  runs,
                  Split.parse(split),
                  together);
      if (fork.json) {
        if (ps != null) {
          out.println(Forks.JSON.writeValueAsString(Map.of("paperScale", ps)));
        }
        for (SynthBench.Row r : rows) {
          out.println(Forks.JSON.writeValueAsString(Map.of("row", r)));
        }
        return 0;
      }
      print(out, rows, null);
      return 0;
    }

    /** Each row measured against another build ({@code --against}). */
    private int compared(PrintWriter out) throws Exception {
      if (paperScale || (fork.forking() && !forkPerRow) || (fork.json && forkPerRow)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--against compares rows, in JVMs of their own (the default, --forks of them per"
                + " row) or in this JVM (--no-fork-per-row): it cannot be combined with"
                + " --paper-scale, nor with --forks and --no-fork-per-row");
      }
      if (rounds < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--rounds must be positive, got " + rounds);
      }
      if (!(warmUp >= 0 && warmUp <= 600)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--warm-up must be 0 to 600 seconds, got " + warmUp);
      }
      long row = (long) (warmUp * 1e9);
      List<SynthBench.Planned> plan =
          SynthBench.plan(
              TaskRegistry.load(), TaskArgs.tasks(tasks), TaskArgs.list(variants), together);
      Split.parse(split);
      PrintWriter log = spec.commandLine().getErr();
      List<BuildComparison.Row> rows;
      if (forkPerRow) {
        // Loaded here only so that a wrong path fails before any fork starts; the forks load it.
        BuildComparison.load(against).close();
        rows = ForkedComparison.run(spec, plan, fork.forks, log);
      } else {
        try (BuildComparison other = BuildComparison.load(against)) {
          rows =
              other.compare(
                  plan,
                  samples,
                  runs,
                  rounds,
                  split,
                  new BuildComparison.WarmUp(4 * row, row, row / 4),
                  line -> {
                    log.println(line);
                    log.flush();
                  });
        }
      }
      if (fork.json) {
        for (BuildComparison.Row r : rows) {
          out.println(ForkedComparison.json(r));
        }
        return 0;
      }
      printComparison(out, rows);
      return 0;
    }

    private void printComparison(PrintWriter out, List<BuildComparison.Row> rows) {
      int width = Math.max(12, rows.stream().mapToInt(r -> r.variant().length()).max().orElse(0));
      out.printf(
          "%-24s %-" + width + "s %10s %10s %8s  %s%n",
          "TASK",
          "VARIANT",
          "this",
          "other",
          "ratio",
          "ratio per round (MB/cpu-s of this build over the other's)");
      Map<String, List<BuildComparison.Row>> byVariant = new LinkedHashMap<>();
      for (BuildComparison.Row r : rows) {
        out.printf(
            "%-24s %-" + width + "s %10.1f %10.1f %8.3f  %s%n",
            r.task(),
            r.variant(),
            r.thisRate(),
            r.otherRate(),
            r.ratio(),
            String.join(" ", r.ratios().stream().map(x -> String.format("%.2f", x)).toList()));
        byVariant.computeIfAbsent(r.variant(), v -> new ArrayList<>()).add(r);
      }
      List<String> parts = new ArrayList<>();
      byVariant.forEach(
          (v, rs) -> parts.add(String.format("%s %.3f", v, BuildComparison.geometricMean(rs))));
      out.printf(
          "geometric mean of the rows' ratios over %d rounds%s: %.3f (%s)%n",
          rounds,
          forkPerRow ? String.format(" in each of %d fresh JVMs per row", fork.forks) : "",
          BuildComparison.geometricMean(rows),
          String.join(", ", parts));
    }

    private int forked(PrintWriter out) throws Exception {
      return report(out, Forks.run(Forks.childArgs(spec), fork.forks, spec.commandLine().getErr()));
    }

    /** The paper-scale run in forks of its own, then each row in its own. */
    private int forkedPerRow(PrintWriter out) throws Exception {
      PrintWriter log = spec.commandLine().getErr();
      List<List<JsonNode>> outputs = new ArrayList<>();
      if (paperScale) {
        List<String> args = Forks.childArgs(spec);
        args.add("--paper-scale-only");
        outputs.addAll(Forks.run(args, fork.forks, log, "paper scale: "));
      }
      List<SynthBench.Planned> plan =
          SynthBench.plan(
              TaskRegistry.load(), TaskArgs.tasks(tasks), TaskArgs.list(variants), together);
      for (int i = 0; i < plan.size(); i++) {
        outputs.addAll(Forks.runRow(spec, List.of("--paper-scale"), plan, i, fork.forks, log));
      }
      return report(out, outputs);
    }

    /** Medians per row over the forks' outputs, printed as a table. */
    private int report(PrintWriter out, List<List<JsonNode>> outputs) throws Exception {
      Map<String, List<SynthBench.Row>> byRow = new LinkedHashMap<>();
      List<PaperScale> paper = new ArrayList<>();
      for (List<JsonNode> lines : outputs) {
        for (JsonNode n : lines) {
          if (n.has("paperScale")) {
            paper.add(Forks.JSON.treeToValue(n.get("paperScale"), PaperScale.class));
          } else {
            SynthBench.Row r = Forks.JSON.treeToValue(n.get("row"), SynthBench.Row.class);
            byRow.computeIfAbsent(r.task() + " " + r.variant(), k -> new ArrayList<>()).add(r);
          }
        }
      }
      for (PaperScale p : paper) {
        print(out, p);
      }
      if (!paper.isEmpty()) {
        out.printf(
            "paper scale over %d forks: median %.1f s wall (range %s), JIT compiler threads busy"
                + " median %.1f s%n",
            paper.size(),
            Median.of(paper, PaperScale::seconds),
            Forks.range(paper, PaperScale::seconds),
            Median.of(paper, PaperScale::jitSeconds));
      }
      List<SynthBench.Row> rows = new ArrayList<>();
      List<String> ranges = new ArrayList<>();
      for (List<SynthBench.Row> rs : byRow.values()) {
        SynthBench.Row first = rs.get(0);
        rows.add(
            new SynthBench.Row(
                first.task(),
                first.variant(),
                first.samples(),
                Median.of(rs, SynthBench.Row::samplesPerSecond),
                Median.of(rs, SynthBench.Row::megabytesPerSecond),
                Median.of(rs, SynthBench.Row::megabytesPerCpuSecond),
                Median.of(rs, SynthBench.Row::bytesPerSample)));
        ranges.add(Forks.range(rs, SynthBench.Row::megabytesPerCpuSecond));
      }
      if (!rows.isEmpty()) {
        out.printf(
            forkPerRow ? "medians over %d fresh JVMs per row:%n" : "medians over %d fresh JVMs:%n",
            fork.forks);
        print(out, rows, ranges);
      }
      return 0;
    }

    private static void print(PrintWriter out, List<SynthBench.Row> rows, List<String> ranges) {
      int width = Math.max(12, rows.stream().mapToInt(r -> r.variant().length()).max().orElse(0));
      Map<String, SynthBench.Row> direct = new HashMap<>();
      rows.stream().filter(r -> r.variant().equals("direct")).forEach(r -> direct.put(r.task(), r));
      out.printf(
          "%-24s %-" + width + "s %12s %10s %12s %12s %9s%s%n",
          "TASK",
          "VARIANT",
          "samples/s",
          "MB/s",
          "MB/cpu-s",
          "bytes/sample",
          "ceiling",
          ranges == null ? "" : String.format("  %s", "MB/cpu-s range"));
      int cotRows = 0;
      int atTarget = 0;
      int capped = 0;
      List<String> under = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        SynthBench.Row r = rows.get(i);
        SynthBench.Row d = r.variant().equals("direct") ? null : direct.get(r.task());
        double ceiling = d == null ? Double.NaN : SynthBench.ceiling(r, d);
        if (!r.variant().equals("direct")) {
          cotRows++;
          if (r.megabytesPerCpuSecond() >= TARGET) {
            atTarget++;
          } else {
            under.add(
                String.format("%s %s %.1f", r.task(), r.variant(), r.megabytesPerCpuSecond()));
          }
          capped += ceiling < TARGET ? 1 : 0;
        }
        String line =
            String.format(
                "%-24s %-" + width + "s %12.0f %10.1f %12.1f %12.0f %9s%s",
                r.task(),
                r.variant(),
                r.samplesPerSecond(),
                r.megabytesPerSecond(),
                r.megabytesPerCpuSecond(),
                r.bytesPerSample(),
                d == null ? "" : String.format("%.0f", ceiling),
                ranges == null ? "" : "  " + ranges.get(i));
        out.println(line.stripTrailing());
      }
      if (cotRows > 0) {
        out.printf("%d of %d CoT rows at %.0f MB/cpu-s or more", atTarget, cotRows, TARGET);
        if (!direct.isEmpty()) {
          out.printf(
              "; rows whose ceiling (their task's direct samples per CPU second times their bytes"
                  + " per sample) is below it: %d",
              capped);
        }
        out.println(under.isEmpty() ? "" : "; under it: " + String.join(", ", under));
      }
      printSuites(out, rows);
      double[] cot = cotRates(rows, SynthBench.Row::megabytesPerSecond);
      double[] cotCpu = cotRates(rows, SynthBench.Row::megabytesPerCpuSecond);
      if (cot.length > 0) {
        out.printf(
            "CoT variants, one thread: median %.0f MB/s, min %.0f MB/s (wall); "
                + "median %.0f MB/s, min %.0f MB/s per CPU second (per core)%n",
            Median.of(cot), cot[0], Median.of(cotCpu), cotCpu[0]);
      }
    }

    /**
     * Per variant measured on more than one task, what a synthesis of that variant alone over those
     * tasks renders per CPU second, as many samples of each ({@link SynthBench#suiteRate}).
     */
    private static void printSuites(PrintWriter out, List<SynthBench.Row> rows) {
      Map<String, List<SynthBench.Row>> byVariant = new LinkedHashMap<>();
      for (SynthBench.Row r : rows) {
        byVariant.computeIfAbsent(r.variant(), v -> new ArrayList<>()).add(r);
      }
      List<String> parts = new ArrayList<>();
      int tasks = 0;
      for (Map.Entry<String, List<SynthBench.Row>> e : byVariant.entrySet()) {
        if (e.getValue().size() > 1) {
          parts.add(String.format("%s %.0f", e.getKey(), SynthBench.suiteRate(e.getValue())));
          tasks = Math.max(tasks, e.getValue().size());
        }
      }
      if (!parts.isEmpty()) {
        out.printf(
            "one variant over the %d tasks, as many samples of each (all bytes over all CPU time),"
                + " MB/cpu-s: %s%n",
            tasks, String.join(", ", parts));
      }
    }

    /** The per-core target for chain-of-thought rows (MB of JSONL per CPU second). */
    private static final double TARGET = 200;

    private static double[] cotRates(
        List<SynthBench.Row> rows, ToDoubleFunction<SynthBench.Row> rate) {
      return rows.stream()
          .filter(r -> !r.variant().equals("direct"))
          .mapToDouble(rate)
          .sorted()
          .toArray();
    }

    private static void print(PrintWriter out, PaperScale p) {
      out.printf(
          "paper scale: %d tasks, %d samples, %.0f MB in %.1f s wall on %d threads (%.0f MB/s);"
              + " %.1f CPU s in all (%.0f MB per CPU second); JIT compiler threads busy %.1f s;"
              + " load average before %.1f%n",
          p.tasks(),
          p.samples(),
          p.megabytes(),
          p.seconds(),
          p.threads(),
          p.megabytes() / p.seconds(),
          p.cpuSeconds(),
          p.megabytes() / p.cpuSeconds(),
          p.jitSeconds(),
          p.loadBefore());
    }

    private PaperScale paperScale() throws Exception {
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
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      double loadBefore = os.getSystemLoadAverage();
      long cpu0 = os.getProcessCpuTime();
      var jit = ManagementFactory.getCompilationMXBean();
      long jit0 = jit.getTotalCompilationTime();
      long t0 = System.nanoTime();
      Manifest m =
          new Synthesizer(TaskRegistry.load()).run(config, new dev.tmi.synth.SynthListener() {});
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (os.getProcessCpuTime() - cpu0) / 1e9;
      double jitSecs = (jit.getTotalCompilationTime() - jit0) / 1e3;
      long samplesOut = m.files().stream().mapToLong(Manifest.FileEntry::count).sum();
      long bytes = m.files().stream().mapToLong(Manifest.FileEntry::bytes).sum();
      OutputStaging.deleteTree(dir);
      if (scratch == null) {
        Files.deleteIfExists(base);
      }
      return new PaperScale(
          config.tasks().size(),
          samplesOut,
          bytes / 1e6,
          secs,
          threads,
          cpuSecs,
          jitSecs,
          loadBefore);
    }
  }

  /** {@code tmi bench export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Export throughput and memory: exports a 'tmi synth' output (--data, or one synthesized"
            + " here with --train per task) in each format and reports samples/s, MB/s read,"
            + " peak resident set (VmHWM) and peak Java heap; medians over --runs. Run with"
            + " TMI_JAVA_OPTS=-Xmx256m to show that memory does not grow with the data."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", description = "A 'tmi synth' output to export.")
    Path data;

    @Option(
        names = "--train",
        defaultValue = "20000",
        description = "Without --data: training samples per task to synthesize first.")
    int train;

    @Option(names = "--tasks", defaultValue = "all", description = "Without --data: task ids.")
    String tasks;

    @Option(
        names = "--formats",
        defaultValue = "xtuner,sharegpt,parquet",
        description = "Formats to time.")
    String formats;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (median reported).")
    int runs;

    @Option(names = "--threads", description = "Files exported at once (default: cores, max 4).")
    Integer threads;

    @Option(names = "--scratch", description = "Where exports (and synthesized data) go.")
    Path scratch;

    @Override
    public Integer call() throws Exception {
      if (runs < 1) {
        throw new IllegalArgumentException("--runs must be positive");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path base = scratch != null ? scratch : Files.createTempDirectory("tmi-bench-export");
      Files.createDirectories(base);
      Path input = data;
      if (input == null) {
        input = base.resolve("synth");
        int t = Runtime.getRuntime().availableProcessors();
        new Synthesizer(TaskRegistry.load())
            .run(
                new SynthConfig(
                    TaskArgs.tasks(tasks),
                    train,
                    500,
                    Mix.S_ONLY,
                    List.of("tail"),
                    1,
                    t,
                    Shard.ALL,
                    input,
                    false,
                    DedupMode.QUERY),
                new dev.tmi.synth.SynthListener() {});
      }
      int th = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
      out.printf(
          "%-22s %10s %9s %9s %10s %10s %12s %10s %12s %12s%n",
          "FORMAT",
          "samples",
          "wall s",
          "CPU s",
          "samples/s",
          "MB/s in",
          "CPU-samp/s",
          "MB out",
          "peak RSS MB",
          "peak heap MB");
      List<String> fs = TaskArgs.list(formats);
      if (!fs.isEmpty()) {
        // One untimed export first, so the JIT has compiled the shared reading path.
        dev.tmi.export.ExportBench.measure(
            input, dev.tmi.export.ExportFormat.parse(fs.get(0)), 1, th, base);
      }
      for (String f : fs) {
        dev.tmi.export.ExportBench.Result r =
            dev.tmi.export.ExportBench.measure(
                input, dev.tmi.export.ExportFormat.parse(f), runs, th, base);
        out.printf(
            "%-22s %10d %9.1f %9.1f %10.0f %10.1f %12.0f %10.0f %12s %12.0f%n",
            f,
            r.samples(),
            r.seconds(),
            r.cpuSeconds(),
            r.samplesPerSecond(),
            r.inputMegabytesPerSecond(),
            r.samples() / Math.max(1e-9, r.cpuSeconds()),
            r.outputBytes() / 1e6,
            r.peakRssBytes() < 0
                ? "n/a"
                : String.format("%.0f%s", r.peakRssBytes() / 1e6, r.rssReset() ? "" : "*"),
            r.peakHeapBytes() / 1e6);
      }
      out.printf(
          "JVM max heap %.0f MB; %d thread(s); CPU-samp/s = samples per CPU-second"
              + " (all threads), unaffected by other load%n",
          Runtime.getRuntime().maxMemory() / 1e6, th);
      if (data == null) {
        OutputStaging.deleteTree(input);
      }
      if (scratch == null) {
        Files.deleteIfExists(base);
      }
      return 0;
    }
  }
}
