package dev.tmi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.export.ChatFraming;
import dev.tmi.export.SynthData;
import dev.tmi.stats.Dist;
import dev.tmi.stats.TokenBudget;
import dev.tmi.stats.TokenCounter;
import dev.tmi.stats.TokenCounters;
import dev.tmi.stats.TokenStats;
import dev.tmi.synth.Mix;
import dev.tmi.synth.SampleJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi stats}: sample, character and token statistics, and training-token budgets. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Per task, variant and split of a 'tmi synth' output: samples, chain-of-thought characters"
          + " and tokens (mean, p50, p95, max), as in the paper's Table J1. With --budget, the"
          + " training tokens a configuration costs (tasks x samples x mixture x epochs),"
          + " estimated from a sample without writing data. Tokens come from --tokenizer (a"
          + " HuggingFace tokenizer.json, e.g. Qwen2.5's); without it, from a labelled"
          + " approximation (docs/token-statistics.md)."
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", description = "A 'tmi synth' output directory.")
  Path data;

  @Option(names = "--budget", description = "Estimate training tokens instead (no --data).")
  boolean budget;

  @Option(
      names = "--tokenizer",
      paramLabel = "PATH",
      description = "A HuggingFace tokenizer.json, or a model directory holding one.")
  Path tokenizer;

  @Option(names = "--tasks", description = "Task ids, comma-separated, or all (default: all).")
  String tasks;

  @Option(
      names = "--variants",
      description =
          "Variant ids, comma-separated (default: all in the" + " data; tail for --budget).")
  String variants;

  @Option(names = "--splits", description = "Of train,S,M,L (default: all).")
  String splits;

  @Option(
      names = "--max-samples",
      defaultValue = "2000",
      description =
          "Measure the first N samples of each file, a random sample since files are"
              + " in draw order (default: ${DEFAULT-VALUE}; 0: all).")
  long maxSamples;

  @Option(names = "--train", defaultValue = "100000", description = "--budget: samples per task.")
  int train;

  @Option(names = "--mix", defaultValue = "1:0:0", description = "--budget: S:M:L mixture.")
  String mix;

  @Option(names = "--epochs", defaultValue = "2", description = "--budget: epochs.")
  int epochs;

  @Option(
      names = "--sample",
      defaultValue = "1000",
      description =
          "--budget: instances measured per task, variant and split"
              + " (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", defaultValue = "1", description = "--budget: seed of the sample.")
  long seed;

  @Option(
      names = "--throughput",
      paramLabel = "TOKENS/S",
      description = "--budget: training tokens per second per GPU, to estimate GPU hours.")
  Double throughput;

  @Option(names = "--gpus", defaultValue = "8", description = "--budget: GPUs, with --throughput.")
  int gpus;

  @Mixin FramingArgs framingArgs;

  @Option(names = "--threads", description = "Threads (default: cores).")
  Integer threads;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (budget == (data != null)) {
      throw new IllegalArgumentException("give either --data DIR or --budget");
    }
    ChatFraming framing = framingArgs.framing();
    try (TokenCounter counter = TokenCounters.of(tokenizer)) {
      if (budget) {
        budget(counter, framing);
      } else {
        data(counter, framing);
      }
    }
    return 0;
  }

  private void data(TokenCounter counter, ChatFraming framing) throws Exception {
    SynthData d = SynthData.open(data);
    List<String> taskList =
        tasks == null || tasks.strip().equals("all") ? List.of() : TaskArgs.list(tasks);
    SynthData.Filter filter =
        new SynthData.Filter(taskList, ExportCommand.list(variants), ExportCommand.splits(splits));
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<TokenStats.Row> rows = TokenStats.compute(d, filter, counter, framing, maxSamples, t);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = SampleJson.MAPPER.createObjectNode();
      root.put("tokenizer", counter.name());
      root.put("exact", counter.exact());
      ArrayNode arr = root.putArray("rows");
      for (TokenStats.Row r : rows) {
        ObjectNode n = arr.addObject();
        n.put("task", r.task());
        n.put("variant", r.variant());
        n.put("split", r.split());
        n.put("count", r.count());
        n.put("measured", r.numbers().samples());
        n.set("cotChars", SampleJson.MAPPER.valueToTree(r.numbers().cotChars()));
        n.set("responseTokens", SampleJson.MAPPER.valueToTree(r.numbers().responseTokens()));
        n.set("promptTokens", SampleJson.MAPPER.valueToTree(r.numbers().promptTokens()));
        n.set("chatTokens", SampleJson.MAPPER.valueToTree(r.numbers().chatTokens()));
      }
      out.println(SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      return;
    }
    String tok = counter.exact() ? "TOKENS" : "TOKENS~";
    out.println("tokens: " + counter.name() + (counter.exact() ? "" : "  [APPROXIMATE]"));
    String fmt = "%-22s %-12s %-6s %8s  %-26s %-26s %8s %8s%n";
    out.printf(
        fmt,
        "TASK",
        "VARIANT",
        "SPLIT",
        "SAMPLES",
        "COT CHARS mean/p50/p95/max",
        tok + " mean/p50/p95/max",
        "PROMPT",
        "MAX SEQ");
    for (TokenStats.Row r : rows) {
      TokenStats.Numbers n = r.numbers();
      out.printf(
          fmt,
          r.task(),
          r.variant(),
          r.split(),
          n.samples() == r.count() ? r.count() : n.samples() + "/" + r.count(),
          dist(n.cotChars()),
          dist(n.responseTokens()),
          String.format(Locale.ROOT, "%.0f", n.promptTokens().mean()),
          n.chatTokens().max());
    }
    out.println(
        "TOKENS = the assistant turn (chain of thought + boxed answer); PROMPT = mean prompt"
            + " tokens (system, user, header); MAX SEQ = longest training conversation.");
    if (!counter.exact()) {
      out.println("~ approximate counts: no --tokenizer given (see docs/token-statistics.md).");
    }
  }

  private void budget(TokenCounter counter, ChatFraming framing) throws Exception {
    TaskRegistry registry = TaskRegistry.load();
    List<String> taskList = TaskArgs.tasks(tasks);
    List<String> vs = variants == null ? List.of("tail") : TaskArgs.list(variants);
    Mix m = Mix.parse(mix);
    TokenBudget.Budget b =
        TokenBudget.estimate(
            registry,
            taskList,
            vs,
            train,
            m,
            epochs,
            sample,
            seed,
            counter,
            framing,
            threads != null ? threads : Runtime.getRuntime().availableProcessors());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = SampleJson.MAPPER.valueToTree(b);
      root.put("exact", counter.exact());
      root.put("mix", m.toString());
      if (throughput != null) {
        root.put("gpuHours", b.totalTokens() / throughput / 3600);
        root.put("wallHours", b.totalTokens() / throughput / gpus / 3600);
      }
      out.println(SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      return;
    }
    out.println("tokens: " + counter.name() + (counter.exact() ? "" : "  [APPROXIMATE]"));
    out.printf(
        Locale.ROOT,
        "budget: %d training samples per task, mixture %s, %d epoch(s),"
            + " estimated from %d instances per task, variant and split%n",
        train,
        m,
        epochs,
        sample);
    String fmt = "%-22s %-12s %10s %14s %14s %10s %16s%n";
    out.printf(
        fmt,
        "TASK",
        "VARIANT",
        "TRAIN",
        "TOKENS/SAMPLE",
        "ANSWER/SAMPLE",
        "MAX SEQ",
        "TOKENS/EPOCH");
    for (TokenBudget.Row r : b.rows()) {
      out.printf(
          Locale.ROOT,
          fmt,
          r.task(),
          r.variant(),
          r.train(),
          String.format(Locale.ROOT, "%.0f", r.meanChatTokens()),
          String.format(Locale.ROOT, "%.0f", r.meanResponseTokens()),
          r.maxChatTokens(),
          String.format(Locale.ROOT, "%,.0f", r.tokensPerEpoch()));
    }
    out.printf(
        Locale.ROOT,
        "total: %,.0f training tokens over %d epoch(s), %,.0f of them"
            + " supervised (answer turns)%s%n",
        b.totalTokens(),
        epochs,
        b.supervisedTokens(),
        counter.exact() ? "" : " [approximate]");
    if (throughput != null) {
      out.printf(
          Locale.ROOT,
          "at %,.0f tokens/s per GPU: %.1f GPU hours, %.1f h on %d GPUs%n",
          throughput,
          b.totalTokens() / throughput / 3600,
          b.totalTokens() / throughput / gpus / 3600,
          gpus);
    }
    List<String> longer =
        java.util.Arrays.stream(Split.values())
            .filter(s -> s != Split.S && m.weight(s) > 0)
            .map(Split::name)
            .toList();
    if (!longer.isEmpty()) {
      out.println(
          "(the mixture draws "
              + String.join(" and ", longer)
              + " samples too; their longer traces are counted)");
    }
  }

  private static String dist(Dist d) {
    return String.format(Locale.ROOT, "%.0f/%d/%d/%d", d.mean(), d.p50(), d.p95(), d.max());
  }
}
