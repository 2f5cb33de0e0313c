package dev.tmi.lab.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Mix;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's data comes from a real {@code tmi synth} data set, so a lab run is reproducible from
 * files and its train and eval sets are de-duplicated and disjoint as everywhere else. Only the
 * instances are read; the lab writes them in its own compact form.
 */
public final class Corpus {
  /** The variant whose files the lab reads instances from (the cheapest to write). */
  public static final String SOURCE_VARIANT = "direct";

  private Corpus() {}

  /**
   * Synthesizes the data set in {@code dir} unless it is there already (a synthesis interrupted
   * before it finished resumes), with training data from S only; a data set that is there is used
   * whatever its mixture (for evaluation, which reads only the eval sets).
   */
  public static void ensure(
      Path dir, List<String> tasks, int train, int eval, long seed, int threads)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      ensure(dir, tasks, train, eval, seed, threads, Mix.S_ONLY);
    }
  }

  /**
   * Synthesizes the data set in {@code dir} with training data of the given length mixture unless
   * it is there already.
   *
   * @throws IllegalArgumentException if the data set there was synthesized with another mixture, so
   *     that a run never trains on other lengths than it says
   */
  public static void ensure(
      Path dir, List<String> tasks, int train, int eval, long seed, int threads, Mix mix)
      throws IOException, InterruptedException {
    if (Files.isRegularFile(dir.resolve("manifest.json"))) {
      Mix found = mixOf(dir);
      if (!found.equals(mix)) {
        throw new IllegalArgumentException(
            "the data set "
                + dir
                + " was synthesized with the mixture "
                + found
                + ", not "
                + mix
                + "; give --mix "
                + found
                + " or another --data directory");
      }
      return;
    }
    SynthConfig cfg =
        new SynthConfig(
            tasks,
            train,
            eval,
            mix,
            List.of(SOURCE_VARIANT),
            seed,
            threads,
            Shard.ALL,
            dir,
            false,
            DedupMode.INSTANCE);
    new Synthesizer(TaskRegistry.load()).run(cfg, SynthListener.NONE);
  }

  /** The training mixture a data set was synthesized with, from its manifest. */
  public static Mix mixOf(Path dir) throws IOException {
    Path manifest = dir.resolve("manifest.json");
    JsonNode m;
    try {
      m = SampleJson.MAPPER.readTree(manifest.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(manifest + ": not readable JSON: " + e.getMessage());
    }
    String mix = m.path("config").path("mix").asText("");
    try {
      return Mix.parse(mix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(manifest + ": config.mix: " + e.getMessage());
    }
  }

  /**
   * The file of a task's stream: {@code train} or {@code eval-S}, {@code eval-M}, {@code eval-L}.
   */
  public static Path file(Path dir, String task, String stream) {
    return dir.resolve(task).resolve(SOURCE_VARIANT).resolve(stream + ".jsonl");
  }

  /** Reads the samples of one file as lab items, at most {@code limit} of them. */
  public static <I> List<Item<I>> read(LabCodec<I> codec, Path file, int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("data file " + file + " does not exist");
    }
    List<Item<I>> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null && out.size() < limit) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode s;
        try {
          s = SampleJson.MAPPER.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": not JSON: " + e.getMessage());
        }
        if (!s.hasNonNull("instance") || !s.hasNonNull("split")) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": no instance or split");
        }
        I instance = codec.instance(s.get("instance"));
        out.add(
            new Item<>(
                s.path("id").asText("line" + lineNo),
                Split.parse(s.get("split").asText()),
                instance,
                codec.example(instance)));
      }
    }
    return out;
  }
}
