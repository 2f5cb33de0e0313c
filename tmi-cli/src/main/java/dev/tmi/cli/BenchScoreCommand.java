package dev.tmi.cli;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.score.ScoreBench;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() {
    if (samples < 1 || runs < 1) {
      throw new IllegalArgumentException("--samples and --runs must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ScoreBench.Row> rows =
        ScoreBench.measure(
            TaskRegistry.load(), TaskArgs.tasks(tasks), variant, Split.parse(split), samples, runs);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no chosen task has the variant " + variant);
    }
    out.printf(
        "%-20s %-12s %12s %12s %12s %12s %14s %10s%n",
        "TASK",
        "VARIANT",
        "ref/cpu-s",
        "ref/wall-s",
        "full/cpu-s",
        "corrupt/cpu-s",
        "answer/cpu-s",
        "chars");
    for (ScoreBench.Row r : rows) {
      out.printf(
          "%-20s %-12s %12.0f %12.0f %12.0f %12.0f %14.0f %10.0f%n",
          r.task(),
          r.variant(),
          r.tracesPerSecond(),
          r.wallTracesPerSecond(),
          r.fullVerifierPerSecond(),
          r.corruptedPerSecond(),
          r.answerOnlyPerSecond(),
          r.meanChars());
    }
    double[] t = rows.stream().mapToDouble(ScoreBench.Row::tracesPerSecond).sorted().toArray();
    out.printf(
        "full scoring, one core, split %s: median over tasks %.0f traces per CPU second, min %.0f"
            + " (%s)%n",
        split,
        t[t.length / 2],
        t[0],
        rows.stream()
            .min(java.util.Comparator.comparingDouble(ScoreBench.Row::tracesPerSecond))
            .map(ScoreBench.Row::task)
            .orElse(""));
    out.println(
        "ref = reference outputs as scored (identical chains of thought take the known-verdict"
            + " shortcut); full = the same with the verifier run in both modes on every trace;"
            + " corrupt = corrupted outputs (always the full path); answer = extraction and"
            + " comparison only. Per CPU second of the scoring thread = per core.");
    return 0;
  }
}
