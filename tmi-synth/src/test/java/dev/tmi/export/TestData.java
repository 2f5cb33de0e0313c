package dev.tmi.export;

import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small synthesized data sets for export tests. */
final class TestData {
  static final List<String> TASKS = TaskRegistry.load().ids();
  static final List<String> VARIANTS = List.of("tail", "direct");

  private TestData() {}

  /** Synthesizes a small data set with an 8:1:1 training mixture. */
  static Path synth(Path dir, int train, int eval) throws Exception {
    new Synthesizer(TaskRegistry.load())
        .run(
            new SynthConfig(
                TASKS,
                train,
                eval,
                new Mix(8, 1, 1),
                VARIANTS,
                11,
                2,
                Shard.ALL,
                dir,
                false,
                DedupMode.QUERY),
            SynthListener.NONE);
    return dir;
  }

  /** Every sample of a data file, checked against the manifest. */
  static List<Sample> samples(SynthData data, DataFile f) throws IOException {
    List<Sample> out = new ArrayList<>();
    try (SampleReader r = data.read(f)) {
      Sample s;
      while ((s = r.next()) != null) {
        out.add(s);
      }
    }
    return out;
  }
}
