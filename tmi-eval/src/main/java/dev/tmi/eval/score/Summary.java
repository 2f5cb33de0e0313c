package dev.tmi.eval.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.eval.data.EvalSample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code summary.json}: {@code {"tasks": {TASK: {SPLIT: {"n", "correct", "accuracy",
 * ...}}}}} as the interface fixes it, with more keys per task and split (answers found,
 * truncations, step accuracy and error types in both modes, tokens, the judge) and overall and
 * per-class aggregates.
 */
public final class Summary {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Summary() {}

  /**
   * The summary of a run.
   *
   * @param samples the selected samples, in order
   * @param scores the scores of the answered ones
   * @param failed ids that failed for good in the last run (not answered)
   * @param run what to record about the run (model, variant, ...)
   */
  public static ObjectNode of(
      List<EvalSample> samples, List<ScoreRecord> scores, List<String> failed, ObjectNode run) {
    Map<String, Map<String, List<ScoreRecord>>> byTask = new LinkedHashMap<>();
    Map<String, Map<String, int[]>> selected = new LinkedHashMap<>();
    Map<String, String> classOf = new LinkedHashMap<>();
    for (EvalSample s : samples) {
      String t = s.sample().task();
      byTask
          .computeIfAbsent(t, k -> new LinkedHashMap<>())
          .computeIfAbsent(s.split().name(), k -> new ArrayList<>());
      selected.computeIfAbsent(t, k -> new LinkedHashMap<>())
          .computeIfAbsent(s.split().name(), k -> new int[1])[0]++;
      classOf.put(t, s.task().info().algorithmClass().id());
    }
    for (ScoreRecord r : scores) {
      byTask
          .computeIfAbsent(r.task(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.split(), k -> new ArrayList<>())
          .add(r);
    }
    java.util.Set<String> failedIds = new java.util.HashSet<>(failed);
    Map<String, Map<String, Integer>> failedCount = new LinkedHashMap<>();
    for (EvalSample s : samples) {
      if (failedIds.contains(s.id())) {
        failedCount
            .computeIfAbsent(s.sample().task(), k -> new LinkedHashMap<>())
            .merge(s.split().name(), 1, Integer::sum);
      }
    }

    ObjectNode root = JSON.objectNode();
    ObjectNode tasks = root.putObject("tasks");
    Map<String, long[]> overall = new LinkedHashMap<>();
    for (var te : byTask.entrySet()) {
      ObjectNode tn = tasks.putObject(te.getKey());
      for (var se : te.getValue().entrySet()) {
        List<ScoreRecord> rs = se.getValue();
        int sel =
            selected.getOrDefault(te.getKey(), Map.of()).getOrDefault(se.getKey(), new int[1])[0];
        int f = failedCount.getOrDefault(te.getKey(), Map.of()).getOrDefault(se.getKey(), 0);
        tn.set(se.getKey(), cell(rs, sel, f));
        long[] o = overall.computeIfAbsent(se.getKey(), k -> new long[2]);
        o[0] += rs.size();
        o[1] += rs.stream().filter(ScoreRecord::answerCorrect).count();
      }
    }
    ObjectNode ov = root.putObject("overall");
    for (var e : overall.entrySet()) {
      ov.putObject(e.getKey())
          .put("n", e.getValue()[0])
          .put("correct", e.getValue()[1])
          .put("accuracy", ratio(e.getValue()[1], e.getValue()[0]));
    }
    root.set("classes", classes(tasks, classOf));
    root.set("run", run);
    return root;
  }

  private static ObjectNode cell(List<ScoreRecord> rs, int selected, int failed) {
    int n = rs.size();
    int correct = 0;
    int found = 0;
    int truncated = 0;
    int parses = 0;
    int withCot = 0;
    double[] stepAcc = new double[2];
    int[] perfect = new int[2];
    Map<String, Map<String, Integer>> errors = new LinkedHashMap<>();
    errors.put("reference", zeroErrors());
    errors.put("self_consistent", zeroErrors());
    long tokens = 0;
    int tokenN = 0;
    long chars = 0;
    List<Long> latencies = new ArrayList<>();
    int judged = 0;
    int judgeCorrect = 0;
    int agree = 0;
    for (ScoreRecord r : rs) {
      correct += r.answerCorrect() ? 1 : 0;
      found += r.answerFound() ? 1 : 0;
      truncated += r.truncated() ? 1 : 0;
      chars += r.outputChars();
      latencies.add(r.latencyMs());
      if (r.completionTokens() >= 0) {
        tokens += r.completionTokens();
        tokenN++;
      }
      if (r.hasCot()) {
        withCot++;
        parses += r.parses() ? 1 : 0;
        StepCheck[] checks = {r.reference(), r.selfConsistent()};
        String[] names = {"reference", "self_consistent"};
        for (int m = 0; m < 2; m++) {
          stepAcc[m] += checks[m].stepAccuracy();
          if (checks[m].firstError() == null) {
            perfect[m]++;
          } else {
            errors.get(names[m]).merge(checks[m].firstError().type(), 1, Integer::sum);
          }
        }
      }
      if (r.judge() != null) {
        judged++;
        judgeCorrect += r.judge().correct() ? 1 : 0;
        agree += r.judge().agrees() ? 1 : 0;
      }
    }
    ObjectNode c = JSON.objectNode();
    c.put("n", n).put("correct", correct).put("accuracy", ratio(correct, n));
    c.put("selected", selected)
        .put("failed", failed)
        .put("pending", Math.max(0, selected - n - failed));
    c.put("answer_found", found).put("truncated", truncated);
    c.put("output_chars_mean", n == 0 ? 0 : (double) chars / n);
    c.put("completion_tokens_mean", tokenN == 0 ? 0 : (double) tokens / tokenN);
    c.put("completion_tokens_total", tokens);
    Collections.sort(latencies);
    c.put("latency_ms_median", latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2));
    if (withCot > 0) {
      c.put("parses", parses);
      ObjectNode sa = c.putObject("step_accuracy");
      sa.put("reference", stepAcc[0] / withCot).put("self_consistent", stepAcc[1] / withCot);
      ObjectNode pf = c.putObject("all_steps_correct");
      pf.put("reference", perfect[0]).put("self_consistent", perfect[1]);
      ObjectNode er = c.putObject("first_error_types");
      for (var e : errors.entrySet()) {
        ObjectNode m = er.putObject(e.getKey());
        e.getValue().forEach(m::put);
      }
    }
    if (judged > 0) {
      c.putObject("judge")
          .put("n", judged)
          .put("correct", judgeCorrect)
          .put("accuracy", ratio(judgeCorrect, judged))
          .put("agreement", ratio(agree, judged));
    }
    return c;
  }

  private static Map<String, Integer> zeroErrors() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (ErrorType t : ErrorType.values()) {
      m.put(t.id(), 0);
    }
    return m;
  }

  /**
   * Per algorithm class and split: the mean of its tasks' accuracies (each task weighs the same).
   */
  private static ObjectNode classes(ObjectNode tasks, Map<String, String> classOf) {
    ObjectNode out = JSON.objectNode();
    for (AlgorithmClass ac : AlgorithmClass.values()) {
      Map<String, List<Double>> accs = new LinkedHashMap<>();
      List<String> members = new ArrayList<>();
      for (var ce : classOf.entrySet()) {
        String t = ce.getKey();
        if (!ac.id().equals(ce.getValue()) || !tasks.has(t)) {
          continue;
        }
        members.add(t);
        for (var e : tasks.get(t).properties()) {
          if (e.getValue().path("n").asInt() > 0) {
            accs.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(e.getValue().path("accuracy").asDouble());
          }
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      ObjectNode cn = out.putObject(ac.id());
      cn.put("short_name", ac.shortName());
      cn.putArray("tasks").addAll(members.stream().map(JSON::textNode).toList());
      for (var e : accs.entrySet()) {
        cn.putObject(e.getKey())
            .put("tasks", e.getValue().size())
            .put(
                "accuracy",
                e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0));
      }
    }
    return out;
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0.0 : (double) a / b;
  }
}
