package dev.tmi.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.eval.score.ScoreRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the offline HTML page: inline CSS, charts referenced beside the page. */
final class Html {
  private final StringBuilder sb = new StringBuilder();

  Html(String title) {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;")
        .append("padding:3px 8px;text-align:right}th{background:#f4f4f4}")
        .append("td.l,th.l{text-align:left}tr.paper td{color:#666;font-style:italic}\n")
        .append("img{max-width:100%;border:1px solid #eee;margin:.5em 0}")
        .append("figcaption{color:#666;font-size:90%}.note{color:#555;font-size:90%}\n")
        .append("</style></head><body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n");
  }

  void heading(String h) {
    sb.append("<h2>").append(esc(h)).append("</h2>\n");
  }

  void image(Path p, String caption) {
    sb.append("<figure><img src=\"")
        .append(esc(p.getFileName().toString()))
        .append("\" alt=\"")
        .append(esc(caption))
        .append("\"><figcaption>")
        .append(esc(caption))
        .append("</figcaption></figure>\n");
  }

  void runsTable(List<RunData> runs) {
    sb.append("<table><tr><th class=l>run</th><th class=l>model</th><th class=l>variant</th>")
        .append("<th class=l>server</th><th>samples</th><th>directory</th></tr>\n");
    for (RunData r : runs) {
      JsonNode run = r.summary().path("run");
      sb.append("<tr><td class=l>")
          .append(esc(r.name()))
          .append("</td><td class=l>")
          .append(esc(r.model()))
          .append("</td><td class=l>")
          .append(esc(r.variant()))
          .append("</td><td class=l>")
          .append(esc(run.path("base_url").asText("")))
          .append("</td><td>")
          .append(r.scores().size())
          .append("</td><td class=l>")
          .append(esc(r.dir().toString()))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  void accuracyTable(List<RunData> runs) {
    Set<String> tasks = new LinkedHashSet<>();
    runs.forEach(r -> r.summary().path("tasks").fieldNames().forEachRemaining(tasks::add));
    sb.append("<table><tr><th class=l>task</th>");
    for (RunData r : runs) {
      for (String s : ReportWriter.SPLITS) {
        sb.append("<th>")
            .append(runs.size() > 1 ? esc(r.name()) + "<br>" : "")
            .append(s)
            .append("</th>");
      }
    }
    sb.append("</tr>\n");
    for (String t : tasks) {
      sb.append("<tr><td class=l>").append(esc(t)).append("</td>");
      for (RunData r : runs) {
        for (String s : ReportWriter.SPLITS) {
          JsonNode c = r.summary().path("tasks").path(t).path(s);
          sb.append("<td>");
          if (c.path("n").asInt() > 0) {
            sb.append(pct(c.path("accuracy").asDouble()))
                .append(" <span class=note>(")
                .append(c.path("correct").asInt())
                .append('/')
                .append(c.path("n").asInt())
                .append(")</span>");
          } else {
            sb.append("&ndash;");
          }
          sb.append("</td>");
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  void table2(JsonNode t) {
    sb.append("<table><tr><th class=l>model / variant</th>");
    for (JsonNode c : t.path("columns")) {
      sb.append("<th title=\"")
          .append(esc(c.path("title").asText()))
          .append("\">")
          .append(esc(c.path("short_name").asText()))
          .append("<br>M / L</th>");
    }
    sb.append("</tr>\n");
    for (JsonNode row : t.path("rows")) {
      boolean paper = row.path("source").asText().equals("paper");
      sb.append(paper ? "<tr class=paper>" : "<tr>")
          .append("<td class=l>")
          .append(esc(row.path("name").asText()))
          .append("</td>");
      for (JsonNode c : t.path("columns")) {
        JsonNode cell = row.path("cells").path(c.path("id").asText());
        String title =
            cell.has("tasks") ? " title=\"" + esc(cell.path("tasks").toString()) + "\"" : "";
        sb.append("<td")
            .append(title)
            .append(">")
            .append(num(cell.path("M")))
            .append(" / ")
            .append(num(cell.path("L")))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<p class=note>A run's cell is the mean accuracy over the tasks of that")
        .append(" class it evaluated (hover for the list); the paper used one representative task")
        .append(" per class (Sim = compare-numbers, Enum = diophantine, Iter = population-growth,")
        .append(" D&amp;C = binary-search, Rec = any-substring, DP = lcs, Greedy =")
        .append(" multi-machine-schedule, Backtr = permutation-combination).</p>\n");
  }

  void additionTable(List<RunData> runs, JsonNode ref) {
    sb.append("<table><tr><th class=l>model / variant</th><th>S</th><th>M</th><th>L</th></tr>\n");
    for (RunData r : runs) {
      JsonNode a = r.summary().path("tasks").path("addition");
      if (a.isMissingNode()) {
        continue;
      }
      sb.append("<tr><td class=l>").append(esc(r.name())).append("</td>");
      for (String s : ReportWriter.SPLITS) {
        sb.append("<td>")
            .append(
                a.path(s).path("n").asInt() > 0
                    ? pct(a.path(s).path("accuracy").asDouble())
                    : "&ndash;")
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    for (var e : ref.path("addition").properties()) {
      sb.append("<tr class=paper><td class=l>paper: ").append(esc(e.getKey())).append("</td>");
      for (String s : ReportWriter.SPLITS) {
        sb.append("<td>").append(num(e.getValue().path(s))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  void errorTable(RunData r) {
    Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
    for (ScoreRecord s : r.scores()) {
      if (!s.hasCot()) {
        continue;
      }
      String k = ReportWriter.errorKind(s);
      int[] c =
          counts
              .computeIfAbsent(s.task(), x -> new LinkedHashMap<>())
              .computeIfAbsent(s.split(), x -> new int[ReportWriter.ERROR_KINDS.size() + 2]);
      c[0]++;
      if (k == null) {
        c[1]++;
      } else {
        c[2 + ReportWriter.ERROR_KINDS.indexOf(k)]++;
      }
    }
    sb.append("<table><tr><th class=l>task</th><th>split</th><th>n</th><th>no error</th>");
    ReportWriter.ERROR_KINDS.forEach(k -> sb.append("<th>").append(k).append("</th>"));
    sb.append("</tr>\n");
    for (var t : counts.entrySet()) {
      for (var s : t.getValue().entrySet()) {
        sb.append("<tr><td class=l>")
            .append(esc(t.getKey()))
            .append("</td><td>")
            .append(s.getKey())
            .append("</td>");
        for (int v : s.getValue()) {
          sb.append("<td>").append(v).append("</td>");
        }
        sb.append("</tr>\n");
      }
    }
    sb.append("</table>\n");
  }

  void notes() {
    sb.append("<h2>How to read this</h2>\n<p class=note>Accuracy is pass@1 of the last")
        .append(" <code>\\boxed{}</code> answer, compared canonically (numbers by value, lists by")
        .append(" elements, sets as sets). Step accuracy and error types come from TMI's step")
        .append(
            " verifier in the self-consistent mode: the model's own earlier writes are replayed,")
        .append(" so one slip is counted once. Error types: format (a step that cannot be read),")
        .append(
            " fetch (an operand that differs from memory), compute (a wrong result), transition")
        .append(
            " (a wrong, skipped or missing state), answer (no box, or a box that does not follow")
        .append(
            " from the steps); truncated marks outputs cut off at the token limit. The same data")
        .append(" is in report.csv and report.json.</p>\n");
  }

  String finish() {
    return sb.append("</body></html>\n").toString();
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f", 100 * x);
  }

  private static String num(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.1f", n.asDouble()) : "&ndash;";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
