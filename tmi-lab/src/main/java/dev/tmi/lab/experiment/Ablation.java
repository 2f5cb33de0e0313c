package dev.tmi.lab.experiment;

import dev.tmi.engine.task.Split;
import dev.tmi.lab.eval.EvalResult;
import dev.tmi.lab.eval.LabEvaluator;
import dev.tmi.lab.eval.LabReport;
import dev.tmi.lab.train.ConsoleProgress;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains one model per variant and seed on the same S-only data with the same token budget,
 * evaluates each on S, M and L, and writes the paper's Table 2 layout (mean and spread over seeds),
 * a summary and an HTML report. {@code tmi run} is a small ablation on defaults.
 *
 * @param task the task id
 * @param variants the variant ids, in table order
 * @param seeds how many training seeds per variant (1, 2, ...)
 * @param model the model shape
 * @param train the training settings (its seed is the first seed)
 * @param data the data
 * @param out the output directory
 * @param progressBar whether to draw progress bars
 */
public record Ablation(
    String task,
    List<String> variants,
    int seeds,
    ModelSpec model,
    TrainConfig train,
    DataSpec data,
    Path out,
    boolean progressBar) {

  /**
   * The outcome.
   *
   * @param results one evaluation per variant and seed
   * @param trainings the trained models
   * @param report the HTML report
   * @param table the markdown table
   */
  public record Outcome(
      List<EvalResult> results, List<Trained> trainings, Path report, String table) {}

  /** Runs everything; models already trained (or evaluated) in {@code out} are reused. */
  public Outcome run(PrintStream log) throws IOException, InterruptedException {
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be at least 1");
    }
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("--variants: at least one variant is needed");
    }
    // Check every name before the long work starts.
    var taskImpl = dev.tmi.engine.task.TaskRegistry.load().get(task);
    variants.forEach(v -> dev.tmi.lab.data.LabCodec.of(taskImpl, v));
    List<EvalResult> results = new ArrayList<>();
    List<Trained> trainings = new ArrayList<>();
    Map<String, List<EvalResult>> byVariant = new LinkedHashMap<>();
    for (String v : variants) {
      for (int s = 0; s < seeds; s++) {
        long seed = train.seed() + s;
        TrainConfig tc =
            new TrainConfig(
                train.steps(),
                train.batchTokens(),
                train.lr(),
                train.warmup(),
                train.weightDecay(),
                train.clip(),
                seed,
                train.checkpointEvery(),
                train.maxPositionOffset());
        String name = v + "-seed" + seed;
        Path dir = out.resolve("models").resolve(name);
        long t0 = System.nanoTime();
        Trained t =
            LabRunner.train(
                task,
                v,
                model,
                tc,
                data,
                dir,
                new ConsoleProgress(task + "/" + name, log, progressBar));
        trainings.add(t);
        log.printf(
            Locale.ROOT,
            "%s/%s: trained %d steps, %,d tokens, loss %.4f in %.0f s%n",
            task,
            name,
            t.meta().step(),
            t.meta().tokensSeen(),
            t.meta().losses().isEmpty()
                ? Double.NaN
                : t.meta().losses().get(t.meta().losses().size() - 1)[1],
            (System.nanoTime() - t0) / 1e9);
        EvalResult evaluated =
            LabRunner.evaluate(
                dir, data, List.of(Split.S, Split.M, Split.L), out.resolve("eval").resolve(name));
        // The model name says task, variant, encoding and step, which the seeds share.
        EvalResult r =
            new EvalResult(
                evaluated.task(),
                evaluated.variant(),
                evaluated.model() + " seed " + seed,
                evaluated.splits(),
                evaluated.seconds());
        log.printf(
            Locale.ROOT,
            "%s/%s: S %.1f%%  M %.1f%%  L %.1f%%  (eval %.0f s)%n",
            task,
            name,
            100 * r.accuracy("S"),
            100 * r.accuracy("M"),
            100 * r.accuracy("L"),
            r.seconds());
        results.add(r);
        byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
      }
    }
    String table = table(task, byVariant, seeds);
    Synthesizer.writeAtomically(out.resolve("table.md"), table.getBytes(StandardCharsets.UTF_8));
    LabEvaluator.writeSummary(results, out.resolve("summary.json"));
    List<String> notes = new ArrayList<>();
    notes.add(
        "Task "
            + task
            + "; variants "
            + String.join(", ", variants)
            + "; "
            + seeds
            + " seed(s) each; trained on "
            + (data.mix().equals(Mix.S_ONLY) ? "S only" : "S:M:L = " + data.mix())
            + " with an equal budget of "
            + String.format(Locale.ROOT, "%,d", train.tokens())
            + " tokens per model.");
    notes.add(
        "Model: "
            + model
            + ". Data: "
            + data.dir()
            + " ("
            + data.train()
            + " training instances, "
            + data.eval()
            + " per eval split).");
    notes.add(
        "Prompts are the machine's input tape; chains of thought use the compact format"
            + " (docs/lab.md).");
    Path report = LabReport.write(out, "TMI lab: " + task, notes, results, trainings);
    return new Outcome(results, trainings, report, table);
  }

  /** The Table 2 layout: one row per variant, accuracy on S, M, L as mean ± sd over seeds. */
  static String table(String task, Map<String, List<EvalResult>> byVariant, int seeds) {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(task).append(" | S | M | L |\n|---|---|---|---|\n");
    for (var e : byVariant.entrySet()) {
      sb.append("| ").append(e.getKey());
      for (String s : List.of("S", "M", "L")) {
        double[] acc = e.getValue().stream().mapToDouble(r -> 100 * r.accuracy(s)).toArray();
        double mean = 0;
        for (double a : acc) {
          mean += a;
        }
        mean /= acc.length;
        double var = 0;
        for (double a : acc) {
          var += (a - mean) * (a - mean);
        }
        double sd = acc.length > 1 ? Math.sqrt(var / (acc.length - 1)) : 0;
        sb.append(
            seeds > 1
                ? String.format(Locale.ROOT, " | %.1f ± %.1f", mean, sd)
                : String.format(Locale.ROOT, " | %.1f", mean));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }
}
