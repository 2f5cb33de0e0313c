package dev.tmi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.stats.Median;
import dev.tmi.synth.BuildComparison;
import dev.tmi.synth.SynthBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench synth --against BUILD} (forking per row, the default): each row compared in fresh
 * JVMs of its own. In one JVM a row's ratio depends on the rows compared before it, whose code the
 * JIT compiled the shared engine for: binary-search measured 1.23-1.28 after two other tasks' rows
 * and 1.03-1.07 alone, for the same two builds.
 */
final class ForkedComparison {
  private ForkedComparison() {}

  /**
   * Compares each planned row in {@code forks} fresh JVMs, one after the other. A row's ratios are
   * every round of every fork, its rates the medians of the forks' rates.
   */
  static List<BuildComparison.Row> run(
      CommandSpec spec, List<SynthBench.Planned> plan, int forks, PrintWriter log)
      throws IOException, InterruptedException {
    List<BuildComparison.Row> rows = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      List<BuildComparison.Row> measured = new ArrayList<>();
      for (List<JsonNode> lines : Forks.runRow(spec, List.of(), plan, i, forks, log)) {
        for (JsonNode n : lines) {
          measured.add(row(n.get("comparison")));
        }
      }
      if (measured.size() != forks) {
        throw new IllegalStateException(
            "row "
                + (i + 1)
                + ": "
                + forks
                + " forks reported "
                + measured.size()
                + " comparisons, not one each");
      }
      List<Double> ratios = new ArrayList<>();
      measured.forEach(r -> ratios.addAll(r.ratios()));
      BuildComparison.Row first = measured.get(0);
      rows.add(
          new BuildComparison.Row(
              first.task(),
              first.variant(),
              Median.of(measured, BuildComparison.Row::thisRate),
              Median.of(measured, BuildComparison.Row::otherRate),
              ratios));
    }
    return rows;
  }

  /** A compared row as one JSON line, as a fork prints it. */
  static String json(BuildComparison.Row r) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("task", r.task());
    fields.put("variant", r.variant());
    fields.put("thisRate", r.thisRate());
    fields.put("otherRate", r.otherRate());
    fields.put("ratios", r.ratios());
    return Forks.JSON.writeValueAsString(Map.of("comparison", fields));
  }

  private static BuildComparison.Row row(JsonNode n) {
    if (n == null || !n.hasNonNull("task") || !n.has("ratios")) {
      throw new IllegalStateException("a fork printed something other than a comparison: " + n);
    }
    List<Double> ratios = new ArrayList<>();
    n.get("ratios").forEach(x -> ratios.add(x.asDouble()));
    return new BuildComparison.Row(
        n.get("task").asText(),
        n.get("variant").asText(),
        n.get("thisRate").asDouble(),
        n.get("otherRate").asDouble(),
        ratios);
  }
}
