package dev.tmi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.synth.SampleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmi solve}: the trace and answer for a given instance. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = "Solve a given instance and print its chain of thought and answer.")
final class SolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "Task id.")
  String task;

  @Option(
      names = "--instance",
      required = true,
      paramLabel = "JSON",
      description = "The instance as JSON, or @FILE to read it from a file.")
  String instance;

  @Option(names = "--variant", defaultValue = "tail", description = "Variant id.")
  String variant;

  @Option(names = "--think", description = "Wrap the chain of thought in <think> tags.")
  boolean think;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Task<?> t = TaskRegistry.load().get(task);
    Variant v = TaskRegistry.variant(t, variant);
    String text =
        instance.startsWith("@") ? Files.readString(Path.of(instance.substring(1))) : instance;
    ShowCommand.print(spec.commandLine().getOut(), solve(t, v, text), json);
    return 0;
  }

  private <I> dev.tmi.engine.sample.Sample solve(Task<I> t, Variant v, String text) {
    JsonNode node;
    try {
      node = SampleJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("--instance is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("--instance must be a JSON object");
    }
    I in;
    try {
      in = SampleJson.MAPPER.treeToValue(node, t.instanceType());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "--instance does not fit task " + t.info().id() + ": " + e.getOriginalMessage());
    }
    t.validate(in);
    return ShowCommand.sample(Drawn.of(t, in, 0), v, think, "given");
  }
}
