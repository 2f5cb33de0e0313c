package dev.tmi.cli;

import dev.tmi.engine.task.Split;
import dev.tmi.lab.eval.EvalResult;
import dev.tmi.lab.experiment.DataSpec;
import dev.tmi.lab.experiment.LabRunner;
import dev.tmi.lab.experiment.Trained;
import dev.tmi.lab.train.ConsoleProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi lab train}: trains (or resumes) one model, then evaluates it. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train one tiny model on a task's S data (resuming OUT/model if it holds a"
            + " checkpoint of the same settings), then evaluate it on S/M/L.")
final class LabTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, description = "Task id.")
  String task;

  @Option(names = "--variant", defaultValue = "tail", description = "Variant id (default tail).")
  String variant;

  @Option(names = "--out", required = true, description = "Run directory.")
  Path out;

  @Option(names = "--no-eval", description = "Skip the evaluation.")
  boolean noEval;

  @Mixin LabOptions opts;

  @Override
  public Integer call() throws Exception {
    opts.applyThreads();
    DataSpec data = opts.data(out, 20_000, 100);
    Trained t =
        LabRunner.train(
            task,
            variant,
            opts.model(),
            opts.train(4_000_000),
            data,
            out.resolve("model"),
            new ConsoleProgress(task + "/" + variant, System.err, ConsoleProgress.interactive()));
    var o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "trained %s/%s: %d steps, %,d tokens, %.0f s; checkpoint %s%n",
        task,
        variant,
        t.meta().step(),
        t.meta().tokensSeen(),
        t.meta().seconds(),
        t.dir());
    if (!noEval) {
      EvalResult r =
          LabRunner.evaluate(t.dir(), data, List.of(Split.values()), out.resolve("eval"));
      o.printf(
          Locale.ROOT,
          "accuracy S %.1f%%  M %.1f%%  L %.1f%%; %s%n",
          100 * r.accuracy("S"),
          100 * r.accuracy("M"),
          100 * r.accuracy("L"),
          out.resolve("eval/summary.json"));
    }
    return 0;
  }
}
