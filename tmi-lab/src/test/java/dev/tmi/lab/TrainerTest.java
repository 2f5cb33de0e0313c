package dev.tmi.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.CheckpointMeta;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.lab.train.TrainJob;
import dev.tmi.lab.train.Trainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  @TempDir Path dir;

  static TrainJob job(Path dir, PositionEncoding pe, int steps, int every) {
    List<String> prompts = CopyTask.prompts(1, 400, 4, 12);
    ModelConfig mc = new ModelConfig(CopyTask.TOKENIZER.size(), 2, 64, 4, 4, 64, pe);
    TrainConfig tc = new TrainConfig(steps, 1024, 3e-3f, 10, 0.01f, 1f, 7, every, 0);
    return new TrainJob(CopyTask.sequences(prompts), CopyTask.lossStarts(prompts),
        CopyTask.TOKENIZER, mc, tc, dir, "copy", "test", Map.of());
  }

  @Test
  void aFewStepsLowerTheLoss() throws Exception {
    for (PositionEncoding pe : PositionEncoding.values()) {
      CheckpointMeta m = Trainer.run(job(dir.resolve(pe.id()), pe, 30, 0), null == null
          ? dev.tmi.lab.train.TrainListener.NONE : null).meta();
      double first = m.losses().get(0)[1];
      double last = m.losses().get(m.losses().size() - 1)[1];
      assertThat(last).as(pe.id()).isLessThan(first * 0.8);
      assertThat(first).as(pe.id()).isGreaterThan(1.0);
    }
  }
}
