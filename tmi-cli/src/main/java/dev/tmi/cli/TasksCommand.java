package dev.tmi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.synth.SampleJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi tasks}: lists the tasks. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "List the tasks with their algorithm class, S/M/L ranges and variants.")
final class TasksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TaskRegistry registry = TaskRegistry.load();
    if (json) {
      ArrayNode arr = SampleJson.MAPPER.createArrayNode();
      for (Task<?> t : registry.all()) {
        ObjectNode n = arr.addObject();
        n.put("id", t.info().id());
        n.put("title", t.info().title());
        n.put("class", t.info().algorithmClass().id());
        n.put("inPaper", t.info().inPaper());
        n.put("definition", t.info().definition());
        n.put("length", t.info().lengthMeaning());
        ObjectNode ranges = n.putObject("ranges");
        for (Split s : Split.values()) {
          ranges.putArray(s.name()).add(t.info().range(s).min()).add(t.info().range(s).max());
        }
        ArrayNode vs = n.putArray("variants");
        TaskRegistry.variants(t).forEach(v -> vs.add(v.id()));
      }
      out.println(SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
      return 0;
    }
    String fmt = "%-31s %-19s %-8s %-8s %-8s %s%n";
    out.printf(fmt, "TASK", "CLASS", "S", "M", "L", "VARIANTS");
    for (Task<?> t : registry.all()) {
      out.printf(
          fmt,
          t.info().id() + (t.info().inPaper() ? "" : " (extra)"),
          t.info().algorithmClass().title(),
          t.info().range(Split.S),
          t.info().range(Split.M),
          t.info().range(Split.L),
          String.join(",", TaskRegistry.variants(t).stream().map(Variant::id).toList()));
    }
    out.printf("%d tasks%n", registry.all().size());
    return 0;
  }
}
