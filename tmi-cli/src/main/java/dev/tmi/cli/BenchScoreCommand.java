package dev.tmi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.score.ScoreBench;
import dev.tmi.stats.Median;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi bench score}: scoring and step-verification throughput per task. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scoring throughput per task on one thread: reference outputs of generated samples are"
          + " scored in full (answer extraction and comparison, step verification against the"
          + " reference and self-consistently). Medians over runs; target: at least 20,000 TAIL"
          + " traces/s per core on the S split."
    })
final class BenchScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tasks", defaultValue = "all", description = "Task ids or all.")
  String tasks;

  @Option(names = "--variant", defaultValue = "tail", description = "Variant id.")
  String variant;

  @Option(names = "--split", defaultValue = "S", description = "Length split.")
  String split;

  @Option(names = "--samples", defaultValue = "5000", description = "Traces per run.")
  int samples;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (median reported).")
  int runs;

  @Option(
      names = "--warm-up",
      defaultValue = "2",
      description =
          "Seconds of untimed scoring of every measured path before each task (3 more before the"
              + " first), as JMH's warm-up iterations.")
  double warmUp;

  @Mixin ForkOptions fork;

  @Override
  public Integer call() throws Exception {
    if (samples < 1 || runs < 1) {
      throw new IllegalArgumentException("--samples and --runs must be positive");
    }
    if (!(warmUp >= 0 && warmUp <= 600)) {
      throw new IllegalArgumentException(
          "--warm-up must be between 0 and 600 seconds, got " + warmUp);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (fork.forking()) {
      return forked(out);
    }
    List<ScoreBench.Row> rows =
        ScoreBench.measure(
            TaskRegistry.load(),
            TaskArgs.tasks(tasks),
            variant,
            Split.parse(split),
            samples,
            runs,
            java.time.Duration.ofMillis(Math.round(warmUp * 1000)));
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no chosen task has the variant " + variant);
    }
    if (fork.json) {
      for (ScoreBench.Row r : rows) {
        out.println(Forks.JSON.writeValueAsString(r));
      }
      return 0;
    }
    print(out, rows, null);
    return 0;
  }

  private int forked(PrintWriter out) throws Exception {
    Map<String, List<ScoreBench.Row>> byTask = new LinkedHashMap<>();
    for (List<JsonNode> lines :
        Forks.run(Forks.childArgs(spec), fork.forks, spec.commandLine().getErr())) {
      for (JsonNode n : lines) {
        ScoreBench.Row r = Forks.JSON.treeToValue(n, ScoreBench.Row.class);
        byTask.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
      }
    }
    if (byTask.isEmpty()) {
      throw new IllegalArgumentException("no chosen task has the variant " + variant);
    }
    List<ScoreBench.Row> rows = new ArrayList<>();
    List<String> ranges = new ArrayList<>();
    for (List<ScoreBench.Row> rs : byTask.values()) {
      ScoreBench.Row first = rs.get(0);
      rows.add(
          new ScoreBench.Row(
              first.task(),
              first.variant(),
              first.samples(),
              Median.of(rs, ScoreBench.Row::tracesPerSecond),
              Median.of(rs, ScoreBench.Row::wallTracesPerSecond),
              Median.of(rs, ScoreBench.Row::fullVerifierPerSecond),
              Median.of(rs, ScoreBench.Row::corruptedPerSecond),
              Median.of(rs, ScoreBench.Row::answerOnlyPerSecond),
              Median.of(rs, ScoreBench.Row::meanChars)));
      ranges.add(Forks.range(rs, ScoreBench.Row::fullVerifierPerSecond));
    }
    out.printf("medians over %d fresh JVMs:%n", fork.forks);
    print(out, rows, ranges);
    return 0;
  }

  private void print(PrintWriter out, List<ScoreBench.Row> rows, List<String> ranges) {
    out.printf(
        "%-20s %-12s %12s %12s %12s %12s %14s %10s%s%n",
        "TASK",
        "VARIANT",
        "ref/cpu-s",
        "ref/wall-s",
        "full/cpu-s",
        "corrupt/cpu-s",
        "answer/cpu-s",
        "chars",
        ranges == null ? "" : "  full range");
    for (int i = 0; i < rows.size(); i++) {
      ScoreBench.Row r = rows.get(i);
      out.printf(
          "%-20s %-12s %12.0f %12.0f %12.0f %12.0f %14.0f %10.0f%s%n",
          r.task(),
          r.variant(),
          r.tracesPerSecond(),
          r.wallTracesPerSecond(),
          r.fullVerifierPerSecond(),
          r.corruptedPerSecond(),
          r.answerOnlyPerSecond(),
          r.meanChars(),
          ranges == null ? "" : "  " + ranges.get(i));
    }
    double[] t = rows.stream().mapToDouble(ScoreBench.Row::tracesPerSecond).sorted().toArray();
    double[] full =
        rows.stream().mapToDouble(ScoreBench.Row::fullVerifierPerSecond).sorted().toArray();
    double[] bad = rows.stream().mapToDouble(ScoreBench.Row::corruptedPerSecond).sorted().toArray();
    out.printf(
        "full scoring, one core, split %s: median over tasks %.0f traces per CPU second, min %.0f"
            + " (%s); full verifier: median %.0f, %d of %d tasks at 20,000 or more; corrupted"
            + " outputs: median %.0f, min %.0f (%s), %d of %d tasks at 20,000 or more%n",
        split,
        Median.of(t),
        t[0],
        slowest(rows, ScoreBench.Row::tracesPerSecond),
        Median.of(full),
        Arrays.stream(full).filter(x -> x >= 20_000).count(),
        full.length,
        Median.of(bad),
        bad[0],
        slowest(rows, ScoreBench.Row::corruptedPerSecond),
        Arrays.stream(bad).filter(x -> x >= 20_000).count(),
        bad.length);
    out.println(
        "ref = reference outputs as scored (identical chains of thought take the known-verdict"
            + " shortcut); full = the same with the verifier run in both modes on every trace;"
            + " corrupt = corrupted outputs (always the full path); answer = extraction and"
            + " comparison only. Per CPU second of the scoring thread = per core.");
  }

  /** The task of the row with the lowest rate. */
  private static String slowest(List<ScoreBench.Row> rows, ToDoubleFunction<ScoreBench.Row> rate) {
    return rows.stream().min(Comparator.comparingDouble(rate)).map(ScoreBench.Row::task).orElse("");
  }
}
