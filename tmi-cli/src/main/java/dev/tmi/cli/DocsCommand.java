package dev.tmi.cli;

import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.TaskDocs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi docs}: regenerates the task documentation from the code. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description =
        "Regenerate docs/tasks/<task>.md from the tasks' code (definition, decisions,"
            + " fields, an example per variant, CoT length statistics).")
final class DocsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "docs/tasks", description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    int n = TaskDocs.writeAll(TaskRegistry.load(), out);
    spec.commandLine().getOut().println("wrote " + n + " task pages to " + out);
    return 0;
  }
}
