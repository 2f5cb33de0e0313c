package dev.tmi.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.eval.EvalJson;
import dev.tmi.eval.run.RunFiles;
import dev.tmi.eval.score.ScoreRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scored run, read back from its directory.
 *
 * @param dir the run directory
 * @param name how the report calls it: the model and the variant
 * @param model the model name
 * @param variant the variant id
 * @param summary {@code summary.json}
 * @param scores {@code scores.jsonl}
 */
public record RunData(
    Path dir,
    String name,
    String model,
    String variant,
    JsonNode summary,
    List<ScoreRecord> scores) {

  /**
   * Reads a run directory.
   *
   * @throws IllegalArgumentException if it is not a scored run, naming the missing file or the bad
   *     line
   */
  public static RunData load(Path dir) throws IOException {
    RunFiles f = new RunFiles(dir);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory");
    }
    if (!Files.isRegularFile(f.summary()) || !Files.isRegularFile(f.scores())) {
      throw new IllegalArgumentException(
          dir + " has no summary.json and scores.jsonl (run tmi eval --out " + dir + " first)");
    }
    JsonNode summary;
    try {
      summary = EvalJson.MAPPER.readTree(f.summary().toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(f.summary() + ": not valid JSON");
    }
    if (!summary.path("tasks").isObject()) {
      throw new IllegalArgumentException(f.summary() + ": no \"tasks\" object");
    }
    List<ScoreRecord> scores = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(f.scores())) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        scores.add(EvalJson.MAPPER.readValue(line, ScoreRecord.class));
      } catch (IOException e) {
        throw new IllegalArgumentException(f.scores() + ":" + lineNo + ": unreadable score record");
      }
    }
    JsonNode run = summary.path("run");
    String model = run.path("model").asText(dir.getFileName().toString());
    String variant = run.path("variant").asText("?");
    return new RunData(dir, model + " / " + variant, model, variant, summary, scores);
  }

  /** This run under another name. */
  public RunData named(String n) {
    return new RunData(dir, n, model, variant, summary, scores);
  }
}
