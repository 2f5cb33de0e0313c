package dev.tmi.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the evaluation sets of a {@code tmi synth} output: {@code DIR/manifest.json} and, per task
 * and split, {@code DIR/<task>/<variant>/eval-<split>.jsonl}. Every file is checked against its
 * manifest checksum and every line is read and validated, so a bad data set fails before a single
 * request is sent, with an error naming the file and line.
 */
public final class EvalData {
  private EvalData() {}

  /**
   * What to read.
   *
   * @param dir the {@code tmi synth} output
   * @param tasks task ids in order, or empty for every task the manifest holds
   * @param splits the splits
   * @param variant the variant id
   * @param limit at most this many samples per task and split (0 = all)
   */
  public record Selection(
      Path dir, List<String> tasks, List<Split> splits, String variant, int limit) {
    public Selection {
      tasks = List.copyOf(tasks);
      splits = List.copyOf(splits);
      if (splits.isEmpty()) {
        throw new IllegalArgumentException("--splits: at least one split is needed");
      }
      if (limit < 0) {
        throw new IllegalArgumentException("--limit must not be negative");
      }
    }
  }

  /** The samples of a selection, in task, split and file order. */
  public static List<EvalSample> load(TaskRegistry registry, Selection sel) throws IOException {
    Path dir = sel.dir();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--data " + dir + " is not a directory");
    }
    Path manifestPath = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifestPath)) {
      throw new IllegalArgumentException(
          "--data " + dir + " has no manifest.json (expected the output of tmi synth)");
    }
    JsonNode manifest;
    try {
      manifest = SampleJson.MAPPER.readTree(manifestPath.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(manifestPath + ": not valid JSON: " + e.getMessage());
    }
    JsonNode files = manifest.path("files");
    if (!files.isArray()) {
      throw new IllegalArgumentException(manifestPath + ": no \"files\" list");
    }
    List<String> tasks = sel.tasks();
    if (tasks.isEmpty()) {
      Set<String> inManifest = new LinkedHashSet<>();
      for (JsonNode f : files) {
        if (f.path("variant").asText().equals(sel.variant())
            && !f.path("split").asText().equals("train")) {
          inManifest.add(f.path("task").asText());
        }
      }
      tasks = registry.ids().stream().filter(inManifest::contains).toList();
      if (tasks.isEmpty()) {
        throw new IllegalArgumentException(
            "--data " + dir + " holds no eval files of variant '" + sel.variant() + "'");
      }
    }
    // Data in the trace format this TMI writes holds its renderings: the same configuration gives
    // the same bytes until the format's version changes.
    boolean cotIsRendering =
        manifest.path("generator").path("format").asText("").equals(Version.FORMAT);
    List<EvalSample> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String taskId : tasks) {
      Task<?> task = registry.get(taskId);
      Variant variant = TaskRegistry.variant(task, sel.variant());
      for (Split split : sel.splits()) {
        JsonNode entry = find(files, taskId, split, sel.variant());
        if (entry == null) {
          throw new IllegalArgumentException(
              "--data "
                  + dir
                  + " has no eval-"
                  + split
                  + " file for task "
                  + taskId
                  + ", variant "
                  + sel.variant()
                  + " (synthesize it with tmi synth --tasks "
                  + taskId
                  + " --variants "
                  + sel.variant()
                  + ")");
        }
        String rel = entry.path("path").asText();
        Path file = dir.resolve(rel).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
          throw new IllegalArgumentException("manifest.json lists " + rel + ", which is missing");
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = entry.path("sha256").asText("");
        if (!sha.isEmpty() && !sha.equalsIgnoreCase(sha256(bytes))) {
          throw new IllegalArgumentException(
              file + " does not match its checksum in manifest.json (changed after tmi synth?)");
        }
        readFile(file, bytes, task, variant, split, sel.limit(), ids, cotIsRendering, out);
      }
    }
    return out;
  }

  private static JsonNode find(JsonNode files, String task, Split split, String variant) {
    for (JsonNode f : files) {
      if (f.path("task").asText().equals(task)
          && f.path("split").asText().equals(split.name())
          && f.path("variant").asText().equals(variant)) {
        return f;
      }
    }
    return null;
  }

  private static void readFile(
      Path file,
      byte[] bytes,
      Task<?> task,
      Variant variant,
      Split split,
      int limit,
      Set<String> ids,
      boolean cotIsRendering,
      List<EvalSample> out) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int lineNo = 0;
    int taken = 0;
    int start = 0;
    while (start < text.length() && (limit == 0 || taken < limit)) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + lineNo;
      out.add(readSample(where, line, task, variant, split, ids, cotIsRendering));
      taken++;
    }
  }

  /** Reads and checks one sample line. */
  static EvalSample readSample(
      String where,
      String line,
      Task<?> task,
      Variant variant,
      Split split,
      Set<String> ids,
      boolean cotIsRendering) {
    Sample s;
    try {
      s = SampleJson.MAPPER.readValue(line, Sample.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": malformed sample: " + oneLine(e.getMessage()));
    }
    if (s.id() == null || s.id().isBlank()) {
      throw new IllegalArgumentException(where + ": sample without an id");
    }
    if (!task.info().id().equals(s.task())) {
      throw new IllegalArgumentException(
          where + ": sample of task '" + s.task() + "' in the file of task " + task.info().id());
    }
    if (!split.name().equals(s.split())) {
      throw new IllegalArgumentException(
          where + ": sample of split '" + s.split() + "' in the eval-" + split + " file");
    }
    if (s.query() == null || s.query().isBlank()) {
      throw new IllegalArgumentException(where + ": sample " + s.id() + " has no query");
    }
    if (s.answer() == null || s.answer().isNull()) {
      throw new IllegalArgumentException(where + ": sample " + s.id() + " has no answer");
    }
    if (s.instance() == null || !s.instance().isObject()) {
      throw new IllegalArgumentException(where + ": sample " + s.id() + " has no instance object");
    }
    Object instance;
    try {
      instance = SampleJson.MAPPER.treeToValue(s.instance(), task.instanceType());
      validate(task, instance);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": sample " + s.id() + " has a bad instance: " + oneLine(e.getMessage()));
    }
    if (!ids.add(s.id())) {
      throw new IllegalArgumentException(where + ": the id " + s.id() + " appears twice");
    }
    return new EvalSample(s, task, instance, variant, split, where, cotIsRendering);
  }

  @SuppressWarnings("unchecked")
  private static <I> void validate(Task<I> task, Object instance) {
    task.validate((I) instance);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
