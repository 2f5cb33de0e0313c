package dev.tmi.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.eval.EvalJson;
import dev.tmi.eval.score.ScoreRecord;
import dev.tmi.eval.score.StepCheck;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tmi report}: turns one or more scored runs into {@code report.html} (offline, with PNG
 * charts beside it), {@code report.csv} and {@code report.json}.
 *
 * <p>Charts: accuracy against split per task; step accuracy against split; the paper's Table 2
 * (algorithm classes, L split); first-error types against their position in the execution, against
 * the split, and against the execution's length. Error charts use the self-consistent mode (each
 * slip counted once); a truncated output counts as {@code truncated}.
 */
public final class ReportWriter {
  static final List<String> SPLITS = List.of("S", "M", "L");
  static final List<String> ERROR_KINDS =
      List.of("format", "fetch", "compute", "transition", "answer", "truncated");

  /** The column order of the paper's Table 2. */
  static final List<AlgorithmClass> PAPER_COLUMNS =
      List.of(
          AlgorithmClass.SIMULATION,
          AlgorithmClass.ENUMERATION,
          AlgorithmClass.ITERATION,
          AlgorithmClass.DIVIDE_AND_CONQUER,
          AlgorithmClass.RECURSION,
          AlgorithmClass.DYNAMIC_PROGRAMMING,
          AlgorithmClass.GREEDY,
          AlgorithmClass.BACKTRACKING);

  private ReportWriter() {}

  /** What was written. */
  public record Written(Path html, List<Path> charts, Path csv, Path json) {}

  /** Writes the report of {@code runs} into {@code out}. */
  public static Written write(List<RunData> runs, boolean paper, Path out) throws IOException {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no run to report");
    }
    Files.createDirectories(out);
    JsonNode ref = paper ? PaperReference.load() : null;
    List<Path> charts = new ArrayList<>();
    List<String> html = new ArrayList<>();
    Html h =
        new Html(
            runs.size() == 1
                ? "TMI evaluation: " + runs.get(0).name()
                : "TMI evaluation: comparison of " + runs.size() + " runs");
    h.runsTable(runs);

    // Accuracy per task and split.
    h.heading("Accuracy (pass@1, %) by task and split");
    h.accuracyTable(runs);
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      String sfx = runs.size() == 1 ? "" : "-" + (i + 1);
      Map<String, List<Double>> series = new LinkedHashMap<>();
      Map<String, List<Double>> steps = new LinkedHashMap<>();
      for (var t : r.summary().path("tasks").properties()) {
        series.put(
            t.getKey(),
            perSplit(
                t.getValue(),
                c -> c.path("n").asInt() == 0 ? null : 100 * c.path("accuracy").asDouble()));
        if (t.getValue().properties().stream().anyMatch(e -> e.getValue().has("step_accuracy"))) {
          steps.put(
              t.getKey(),
              perSplit(
                  t.getValue(),
                  c ->
                      c.has("step_accuracy")
                          ? 100 * c.path("step_accuracy").path("self_consistent").asDouble()
                          : null));
        }
      }
      if (!series.isEmpty()) {
        Path p = out.resolve("accuracy-by-split" + sfx + ".png");
        Charts.png(
            Charts.category(
                "Accuracy by split: " + r.name(),
                "split",
                "accuracy (%)",
                SPLITS,
                series,
                true,
                false,
                100.0),
            p);
        charts.add(p);
        h.image(p, "accuracy against split, " + r.name());
      }
      if (!steps.isEmpty()) {
        Path p = out.resolve("step-accuracy-by-split" + sfx + ".png");
        Charts.png(
            Charts.category(
                "Step accuracy (self-consistent) by split: " + r.name(),
                "split",
                "correct steps (%)",
                SPLITS,
                steps,
                true,
                false,
                100.0),
            p);
        charts.add(p);
        h.image(p, "step accuracy against split, " + r.name());
      }
    }
    if (runs.size() > 1) {
      Map<String, List<Double>> series = new LinkedHashMap<>();
      for (RunData r : runs) {
        series.put(
            r.name(),
            perSplit(
                r.summary().path("overall"),
                c -> c.path("n").asInt() == 0 ? null : 100 * c.path("accuracy").asDouble()));
      }
      Path p = out.resolve("compare-accuracy.png");
      Charts.png(
          Charts.category(
              "Overall accuracy by split",
              "split",
              "accuracy (%)",
              SPLITS,
              series,
              false,
              false,
              100.0),
          p);
      charts.add(p);
      h.image(p, "overall accuracy per run");
    }

    // Table 2.
    ObjectNode table2 = table2(runs, ref);
    h.heading("Table 2 layout: accuracy (%) by algorithm class, M / L");
    h.table2(table2);
    Map<String, List<Double>> t2series = new LinkedHashMap<>();
    List<String> classCols = new ArrayList<>();
    table2.path("columns").forEach(c -> classCols.add(c.path("short_name").asText()));
    for (JsonNode row : table2.path("rows")) {
      List<Double> ls = new ArrayList<>();
      for (JsonNode c : table2.path("columns")) {
        JsonNode cell = row.path("cells").path(c.path("id").asText()).path("L");
        ls.add(cell.isNumber() ? cell.asDouble() : null);
      }
      t2series.put(row.path("name").asText(), ls);
    }
    if (!classCols.isEmpty()) {
      Path p = out.resolve("table2-L.png");
      Charts.png(
          Charts.category(
              "Accuracy by algorithm class, L split",
              "class",
              "accuracy (%)",
              classCols,
              t2series,
              false,
              false,
              100.0),
          p);
      charts.add(p);
      h.image(p, "Table 2, L split");
    }
    if (ref != null) {
      h.heading("Large Number Addition, S / M / L (paper baselines)");
      h.additionTable(runs, ref);
    }

    // Where long inputs break.
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      List<ScoreRecord> cot = r.scores().stream().filter(ScoreRecord::hasCot).toList();
      if (cot.isEmpty()) {
        continue;
      }
      String sfx = runs.size() == 1 ? "" : "-" + (i + 1);
      h.heading("Where it breaks: first wrong step, " + r.name());
      List<String> deciles = new ArrayList<>();
      for (int d = 0; d < 10; d++) {
        deciles.add((d * 10) + "-" + (d * 10 + 10) + "%");
      }
      Map<String, List<Double>> byPos = zeroSeries(deciles.size());
      Map<String, List<Double>> bySplit = zeroSeries(SPLITS.size());
      int[] perSplit = new int[SPLITS.size()];
      for (ScoreRecord s : cot) {
        int si = SPLITS.indexOf(s.split());
        if (si >= 0) {
          perSplit[si]++;
        }
        String kind = errorKind(s);
        if (kind == null) {
          continue;
        }
        StepCheck c = s.selfConsistent();
        double pos = c.firstError() == null ? 1.0 : c.firstError().position();
        int d = Math.min(9, (int) Math.floor(pos * 10));
        add(byPos, kind, d, 1);
        if (si >= 0) {
          add(bySplit, kind, si, 1);
        }
      }
      for (var e : bySplit.entrySet()) {
        for (int si = 0; si < SPLITS.size(); si++) {
          e.getValue().set(si, perSplit[si] == 0 ? 0 : 100 * e.getValue().get(si) / perSplit[si]);
        }
      }
      Path p1 = out.resolve("errors-by-position" + sfx + ".png");
      Charts.png(
          Charts.category(
              "First wrong step: type against position in the execution",
              "position of the first wrong step (share of the reference steps)",
              "samples",
              deciles,
              byPos,
              false,
              true,
              null),
          p1);
      Path p2 = out.resolve("errors-by-split" + sfx + ".png");
      Charts.png(
          Charts.category(
              "First wrong step: type against split",
              "split",
              "samples (%)",
              SPLITS,
              bySplit,
              false,
              true,
              null),
          p2);
      LengthBuckets lb = LengthBuckets.of(cot);
      Path p3 = out.resolve("errors-by-length" + sfx + ".png");
      Charts.png(
          Charts.category(
              "First wrong step: type against execution length",
              "reference steps",
              "samples (%)",
              lb.labels(),
              lb.series(),
              false,
              true,
              null),
          p3);
      charts.add(p1);
      charts.add(p2);
      charts.add(p3);
      h.image(p1, "error types against step position");
      h.image(p2, "error types against split");
      h.image(p3, "error types against execution length");
      h.errorTable(r);
    }
    h.notes();

    // CSV and JSON.
    Path csv = out.resolve("report.csv");
    Synthesizer.writeAtomically(csv, csv(runs).getBytes(StandardCharsets.UTF_8));
    ObjectNode json = EvalJson.MAPPER.createObjectNode();
    ArrayNode rs = json.putArray("runs");
    for (RunData r : runs) {
      ObjectNode o = rs.addObject();
      o.put("name", r.name())
          .put("dir", r.dir().toString())
          .put("model", r.model())
          .put("variant", r.variant());
      o.set("tasks", r.summary().path("tasks"));
      o.set("overall", r.summary().path("overall"));
      o.set("classes", r.summary().path("classes"));
    }
    json.set("table2", table2);
    if (ref != null) {
      json.set("paper", ref);
    }
    Path jsonPath = out.resolve("report.json");
    Synthesizer.writeAtomically(
        jsonPath, EvalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    Path htmlPath = out.resolve("report.html");
    Synthesizer.writeAtomically(htmlPath, h.finish().getBytes(StandardCharsets.UTF_8));
    html.clear();
    return new Written(htmlPath, charts, csv, jsonPath);
  }

  /** The error category a sample's first wrong step falls in, or null if it has none. */
  static String errorKind(ScoreRecord s) {
    if (!s.hasCot()) {
      return null;
    }
    if (s.truncated()) {
      return "truncated";
    }
    StepCheck c = s.selfConsistent();
    return c == null || c.firstError() == null ? null : c.firstError().type();
  }

  private static Map<String, List<Double>> zeroSeries(int n) {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    for (String k : ERROR_KINDS) {
      List<Double> l = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        l.add(0.0);
      }
      m.put(k, l);
    }
    return m;
  }

  private static void add(Map<String, List<Double>> m, String k, int i, double v) {
    List<Double> l = m.get(k);
    if (l != null) {
      l.set(i, l.get(i) + v);
    }
  }

  static List<Double> perSplit(JsonNode task, java.util.function.Function<JsonNode, Double> f) {
    List<Double> out = new ArrayList<>();
    for (String s : SPLITS) {
      JsonNode c = task.path(s);
      out.add(c.isMissingNode() ? null : f.apply(c));
    }
    return out;
  }

  /**
   * Table 2: rows are runs (and, with the paper, its five rows), columns the algorithm classes
   * present, cells M and L accuracy in %. A run's cell is the mean over the tasks of that class it
   * evaluated.
   */
  static ObjectNode table2(List<RunData> runs, JsonNode ref) {
    ObjectNode t = EvalJson.MAPPER.createObjectNode();
    Set<String> present = new LinkedHashSet<>();
    for (AlgorithmClass ac : PAPER_COLUMNS) {
      boolean any = ref != null;
      for (RunData r : runs) {
        any |= r.summary().path("classes").has(ac.id());
      }
      if (any) {
        present.add(ac.id());
      }
    }
    ArrayNode cols = t.putArray("columns");
    for (String id : present) {
      AlgorithmClass ac = AlgorithmClass.byId(id);
      cols.addObject().put("id", id).put("short_name", ac.shortName()).put("title", ac.title());
    }
    ArrayNode rows = t.putArray("rows");
    for (RunData r : runs) {
      ObjectNode row = rows.addObject().put("name", r.name()).put("source", "run");
      ObjectNode cells = row.putObject("cells");
      for (String id : present) {
        JsonNode c = r.summary().path("classes").path(id);
        if (c.isMissingNode()) {
          continue;
        }
        ObjectNode cell = cells.putObject(id);
        for (String s : List.of("M", "L")) {
          if (c.path(s).has("accuracy")) {
            cell.put(s, round1(100 * c.path(s).path("accuracy").asDouble()));
          }
        }
        cell.set("tasks", c.path("tasks"));
      }
    }
    if (ref != null) {
      for (var e : ref.path("table2").properties()) {
        ObjectNode row =
            rows.addObject().put("name", "paper: " + e.getKey()).put("source", "paper");
        ObjectNode cells = row.putObject("cells");
        for (var c : e.getValue().properties()) {
          cells
              .putObject(c.getKey())
              .put("M", c.getValue().get(0).asDouble())
              .put("L", c.getValue().get(1).asDouble());
        }
      }
    }
    return t;
  }

  static double round1(double x) {
    return Math.round(x * 10) / 10.0;
  }

  static String csv(List<RunData> runs) {
    StringBuilder sb = new StringBuilder();
    List<String> head =
        new ArrayList<>(
            List.of(
                "run",
                "model",
                "variant",
                "task",
                "class",
                "split",
                "n",
                "correct",
                "accuracy",
                "answer_found",
                "truncated",
                "failed",
                "step_accuracy_reference",
                "step_accuracy_self_consistent",
                "all_steps_correct_self_consistent"));
    for (String k : List.of("format", "fetch", "compute", "transition", "answer")) {
      head.add("first_error_" + k);
    }
    head.addAll(List.of("completion_tokens_mean", "judge_accuracy", "judge_agreement"));
    sb.append(String.join(",", head)).append('\n');
    for (RunData r : runs) {
      for (var t : r.summary().path("tasks").properties()) {
        String cls = classOf(r, t.getKey());
        for (var s : t.getValue().properties()) {
          JsonNode c = s.getValue();
          List<String> f = new ArrayList<>();
          f.add(r.name());
          f.add(r.model());
          f.add(r.variant());
          f.add(t.getKey());
          f.add(cls);
          f.add(s.getKey());
          f.add(c.path("n").asText());
          f.add(c.path("correct").asText());
          f.add(num(c.path("accuracy")));
          f.add(c.path("answer_found").asText());
          f.add(c.path("truncated").asText());
          f.add(c.path("failed").asText("0"));
          f.add(num(c.path("step_accuracy").path("reference")));
          f.add(num(c.path("step_accuracy").path("self_consistent")));
          f.add(c.path("all_steps_correct").path("self_consistent").asText(""));
          for (String k : List.of("format", "fetch", "compute", "transition", "answer")) {
            f.add(c.path("first_error_types").path("self_consistent").path(k).asText(""));
          }
          f.add(num(c.path("completion_tokens_mean")));
          f.add(num(c.path("judge").path("accuracy")));
          f.add(num(c.path("judge").path("agreement")));
          sb.append(String.join(",", f.stream().map(ReportWriter::csvField).toList())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String classOf(RunData r, String task) {
    for (var c : r.summary().path("classes").properties()) {
      for (JsonNode t : c.getValue().path("tasks")) {
        if (t.asText().equals(task)) {
          return c.getKey();
        }
      }
    }
    return "";
  }

  private static String num(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.4f", n.asDouble()) : "";
  }

  static String csvField(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
