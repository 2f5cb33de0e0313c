package dev.tmi.cli;

import dev.tmi.lab.experiment.AttentionMaps;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi lab attention}: attention heat maps for one sample. */
@Command(
    name = "attention",
    mixinStandardHelpOptions = true,
    description =
        "Write PNG heat maps of chosen layers and heads for one sample (teacher-forced"
            + " on the reference response), marking the prompt cells the steps read and the steps"
            + " that write results.")
final class LabAttentionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--checkpoint", required = true, description = "Checkpoint directory.")
  Path checkpoint;

  @Option(names = "--split", defaultValue = "S", description = "Split to draw the sample from.")
  String split;

  @Option(names = "--sample", defaultValue = "0", description = "Sample index.")
  int sample;

  @Option(names = "--layers", defaultValue = "all", description = "Layers, e.g. 0,2 or all.")
  String layers;

  @Option(names = "--heads", defaultValue = "all", description = "Heads, e.g. 0,1 or all.")
  String heads;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Path> files =
        AttentionMaps.write(
            checkpoint,
            dev.tmi.engine.task.Split.parse(split),
            sample,
            ints(layers),
            ints(heads),
            out);
    files.forEach(f -> spec.commandLine().getOut().println(f));
    return 0;
  }

  private static List<Integer> ints(String spec) {
    if (spec.equals("all")) {
      return List.of();
    }
    try {
      return TaskArgs.list(spec).stream().map(Integer::parseInt).toList();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected numbers like 0,1 or all, got '" + spec + "'");
    }
  }
}
