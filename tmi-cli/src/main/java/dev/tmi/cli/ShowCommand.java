package dev.tmi.cli;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmi show}: one generated sample. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print one generated sample: query, chain of thought and answer.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "Task id (see 'tmi tasks').")
  String task;

  @Option(names = "--split", defaultValue = "S", description = "Length split: S, M or L.")
  String split;

  @Option(names = "--variant", defaultValue = "tail", description = "Variant id.")
  String variant;

  @Option(names = "--seed", defaultValue = "7", description = "Seed.")
  long seed;

  @Option(names = "--index", defaultValue = "0", description = "Sample index within the stream.")
  long index;

  @Option(names = "--think", description = "Wrap the chain of thought in <think> tags.")
  boolean think;

  @Option(names = "--json", description = "Print the sample as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Task<?> t = TaskRegistry.load().get(task);
    Variant v = TaskRegistry.variant(t, variant);
    Sample s = sample(t, v, Split.parse(split), seed, index, think);
    print(spec.commandLine().getOut(), s, json);
    return 0;
  }

  static <I> Sample sample(
      Task<I> t, Variant v, Split split, long seed, long index, boolean think) {
    Drawn<I> d = Drawn.draw(t, seed, "show-" + split, index, split);
    return sample(d, v, think, "show");
  }

  static <I> Sample sample(Drawn<I> d, Variant v, boolean think, String set) {
    Task<I> t = d.task();
    Solution sol = d.solve();
    String cot = v.render(sol.trace().events());
    if (think && v.hasCot()) {
      cot = Sample.think(cot);
    }
    return new Sample(
        t.info().id() + "/" + d.stream() + "/" + d.index(),
        t.info().id(),
        t.info().algorithmClass().id(),
        d.split().name(),
        set,
        t.lengths(d.instance()),
        v.id(),
        d.seed(),
        d.index(),
        d.query(v.id()),
        cot,
        sol.answer().json(),
        t.boxed(sol.answer(), d.instance(), v.id()),
        SampleJson.MAPPER.valueToTree(d.instance()));
  }

  static void print(PrintWriter out, Sample s, boolean json) throws Exception {
    if (json) {
      out.println(SampleJson.MAPPER.writeValueAsString(s));
      return;
    }
    out.println(
        "# "
            + s.task()
            + " ("
            + s.algorithmClass()
            + "), split "
            + s.split()
            + ", variant "
            + s.variant()
            + ", lengths "
            + s.lengths());
    out.println("## Query");
    out.println(s.query());
    out.println("## Response");
    out.println(s.response());
    out.println("## Answer");
    out.println(SampleJson.MAPPER.writeValueAsString(s.answer()));
  }
}
