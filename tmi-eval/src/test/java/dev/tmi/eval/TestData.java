package dev.tmi.eval;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.data.EvalData;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Real {@code tmi synth} output for tests, written with the {@link Synthesizer}. */
public final class TestData {
  private TestData() {}

  /** The tasks every branch has; tests run against them generically. */
  public static List<String> tasks() {
    return TaskRegistry.load().ids();
  }

  /** Synthesizes eval sets (no training data) of the given variants into {@code dir}. */
  public static Path synth(Path dir, int evalPerSplit, List<String> variants) throws Exception {
    Path out = dir.resolve("data");
    new Synthesizer(TaskRegistry.load())
        .run(
            new SynthConfig(
                tasks(),
                0,
                evalPerSplit,
                Mix.S_ONLY,
                variants,
                7,
                2,
                Shard.ALL,
                out,
                false,
                DedupMode.QUERY),
            new SynthListener() {});
    return out;
  }

  /**
   * Copies the directory tree {@code from} to {@code to}, replacing files there; returns {@code
   * to}.
   */
  public static Path copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  /** Loads the eval samples of one variant. */
  public static List<EvalSample> load(Path data, String variant) throws Exception {
    return EvalData.load(
        TaskRegistry.load(),
        new EvalData.Selection(data, List.of(), List.of(Split.values()), variant, 0));
  }
}
