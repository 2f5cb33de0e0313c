package dev.tmi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tmi lab}: tiny transformers on CPU. */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "Train, evaluate, ablate and inspect tiny transformers on TAIL data (CPU).",
    subcommands = {
      LabTrainCommand.class,
      LabEvalCommand.class,
      LabAblateCommand.class,
      LabAttentionCommand.class,
      LabProbeCommand.class
    })
final class LabCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
