package dev.tmi.cli;

import dev.tmi.engine.task.Split;
import dev.tmi.lab.eval.EvalResult;
import dev.tmi.lab.experiment.DataSpec;
import dev.tmi.lab.experiment.LabRunner;
import dev.tmi.lab.train.Checkpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi lab eval}: evaluates a checkpoint in process. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate a lab checkpoint in process on the S/M/L eval sets of a data set:"
            + " answer accuracy and step accuracy (engine verifier), responses.jsonl, summary.json.")
final class LabEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--checkpoint", required = true, description = "Checkpoint directory.")
  Path checkpoint;

  @Option(
      names = "--data",
      description = "Data set (default: the one the model was trained" + " on).")
  Path data;

  @Option(names = "--eval", defaultValue = "100", description = "Samples per split.")
  int eval;

  @Option(names = "--splits", defaultValue = "S,M,L", description = "Splits.")
  String splits;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    var meta = Checkpoint.meta(checkpoint);
    Path dir = data != null ? data : Path.of(String.valueOf(meta.data().get("dir")));
    long seed = meta.data().get("seed") instanceof Number n ? n.longValue() : 1L;
    int train = meta.data().get("train") instanceof Number n ? n.intValue() : 1;
    List<Split> sp = new ArrayList<>();
    for (String s : TaskArgs.list(splits)) {
      sp.add(Split.parse(s));
    }
    EvalResult r = LabRunner.evaluate(checkpoint, new DataSpec(dir, train, eval, seed), sp, out);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%s: S %.1f%%  M %.1f%%  L %.1f%% in %.0f s; %s%n",
            r.model(),
            100 * r.accuracy("S"),
            100 * r.accuracy("M"),
            100 * r.accuracy("L"),
            r.seconds(),
            out.resolve("summary.json"));
    return 0;
  }
}
