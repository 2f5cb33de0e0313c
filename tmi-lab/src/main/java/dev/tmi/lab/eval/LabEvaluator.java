package dev.tmi.lab.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.eval.client.Completion;
import dev.tmi.lab.data.Item;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Synthesizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a model on lab items with the engine's scoring: the boxed answer through the task's answer
 * kind, and every step through the verifier in both modes. Writes {@code responses.jsonl} (one line
 * per sample) and {@code summary.json} in the shape of {@code tmi eval}'s summary.
 */
public final class LabEvaluator {
  private LabEvaluator() {}

  /**
   * Evaluates.
   *
   * @param codec how the task is written
   * @param items the samples, any splits
   * @param gen the model
   * @param modelName a name for the summary
   * @param out the directory for the two files (created)
   */
  public static <I> EvalResult evaluate(
      LabCodec<I> codec, List<Item<I>> items, Generator gen, String modelName, Path out)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    Map<String, List<Item<I>>> bySplit = new LinkedHashMap<>();
    for (String s : List.of("S", "M", "L")) {
      List<Item<I>> list = items.stream().filter(i -> i.split().name().equals(s)).toList();
      if (!list.isEmpty()) {
        bySplit.put(s, list);
      }
    }
    Map<String, SplitScore> scores = new LinkedHashMap<>();
    Path tmp = out.resolve("responses.jsonl.tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (var e : bySplit.entrySet()) {
        List<Item<I>> list = e.getValue();
        int longest = list.stream().mapToInt(i -> i.example().response().length()).max().orElse(0);
        List<String> prompts = list.stream().map(i -> i.example().prompt()).toList();
        List<Completion> outs = gen.complete(prompts, longest * 3 / 2 + 32);
        int correct = 0;
        int perfect = 0;
        int truncated = 0;
        double steps = 0;
        double selfSteps = 0;
        long tokens = 0;
        for (int k = 0; k < list.size(); k++) {
          Item<I> item = list.get(k);
          Completion c = outs.get(k);
          Verification ref = codec.verify(item.instance(), c.text(), Mode.REFERENCE);
          Verification self = codec.verify(item.instance(), c.text(), Mode.SELF_CONSISTENT);
          correct += ref.answerCorrect() ? 1 : 0;
          perfect += ref.perfect() ? 1 : 0;
          truncated += c.truncated() ? 1 : 0;
          steps += ref.stepAccuracy();
          selfSteps += self.stepAccuracy();
          tokens += Math.max(0, c.completionTokens());
          ObjectNode line = SampleJson.MAPPER.createObjectNode();
          line.put("id", item.id());
          line.put("split", e.getKey());
          line.put("length", item.example().length());
          line.put("prompt", item.example().prompt());
          line.put("response", c.text());
          line.put("reference", item.example().response());
          line.put("finish_reason", c.finishReason());
          line.put("correct", ref.answerCorrect());
          line.put("step_accuracy", ref.stepAccuracy());
          line.put("self_consistent_step_accuracy", self.stepAccuracy());
          if (ref.firstError() != null) {
            line.put("first_error", ref.firstError().toString());
          }
          w.write(SampleJson.MAPPER.writeValueAsString(line));
          w.write('\n');
        }
        int n = list.size();
        scores.put(
            e.getKey(),
            new SplitScore(
                n,
                correct,
                (double) correct / n,
                steps / n,
                selfSteps / n,
                perfect,
                truncated,
                (double) tokens / n));
      }
    }
    Files.move(
        tmp,
        out.resolve("responses.jsonl"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    EvalResult result =
        new EvalResult(
            codec.task().info().id(),
            codec.variant().id(),
            modelName,
            scores,
            (System.nanoTime() - t0) / 1e9);
    writeSummary(List.of(result), out.resolve("summary.json"));
    return result;
  }

  /**
   * Writes {@code {"tasks": {TASK: {SPLIT: {"n", "correct", "accuracy", ...}}}, "models": [...]}}.
   * Several results of one task (several models) are listed under {@code models}; {@code tasks}
   * holds the first one per task, as {@code tmi eval} writes one model per run.
   */
  public static void writeSummary(List<EvalResult> results, Path file) throws IOException {
    ObjectNode root = SampleJson.MAPPER.createObjectNode();
    ObjectNode tasks = root.putObject("tasks");
    ArrayNode models = root.putArray("models");
    for (EvalResult r : results) {
      ObjectNode splits = SampleJson.MAPPER.createObjectNode();
      r.splits()
          .forEach(
              (s, sc) -> {
                ObjectNode o = splits.putObject(s);
                o.put("n", sc.n());
                o.put("correct", sc.correct());
                o.put("accuracy", sc.accuracy());
                o.put("step_accuracy", sc.stepAccuracy());
                o.put("self_consistent_step_accuracy", sc.selfConsistentStepAccuracy());
                o.put("perfect", sc.perfect());
                o.put("truncated", sc.truncated());
                o.put("mean_tokens", sc.meanTokens());
              });
      if (!tasks.has(r.task())) {
        tasks.set(r.task(), splits.deepCopy());
      }
      ObjectNode m = models.addObject();
      m.put("model", r.model());
      m.put("task", r.task());
      m.put("variant", r.variant());
      m.put("seconds", r.seconds());
      m.set("splits", splits);
    }
    Synthesizer.writeAtomically(
        file, SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  /** The items of each split. */
  public static <I> List<Item<I>> concat(List<List<Item<I>>> parts) {
    List<Item<I>> out = new ArrayList<>();
    parts.forEach(out::addAll);
    return out;
  }
}
