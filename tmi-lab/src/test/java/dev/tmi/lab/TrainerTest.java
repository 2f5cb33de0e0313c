package dev.tmi.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.Checkpoint;
import dev.tmi.lab.train.CheckpointMeta;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.lab.train.TrainJob;
import dev.tmi.lab.train.TrainListener;
import dev.tmi.lab.train.Trainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  @TempDir Path dir;

  static TrainJob job(Path dir, PositionEncoding pe, int steps, int every, long seed) {
    List<String> prompts = CopyTask.prompts(1, 400, 4, 12);
    ModelConfig mc = new ModelConfig(CopyTask.TOKENIZER.size(), 2, 64, 4, 4, 64, pe);
    TrainConfig tc = new TrainConfig(steps, 1024, 3e-3f, 10, 0.01f, 1f, seed, every, 0);
    return new TrainJob(
        CopyTask.sequences(prompts),
        CopyTask.lossStarts(prompts),
        CopyTask.TOKENIZER,
        mc,
        tc,
        dir,
        "copy",
        "test",
        Map.of());
  }

  @Test
  void aFewStepsLowerTheLossWithEveryPositionEncoding() throws Exception {
    for (PositionEncoding pe : PositionEncoding.values()) {
      CheckpointMeta m =
          Trainer.run(job(dir.resolve(pe.id()), pe, 25, 0, 7), TrainListener.NONE).meta();
      double first = m.losses().get(0)[1];
      double last = m.losses().get(m.losses().size() - 1)[1];
      assertThat(first).as(pe.id()).isGreaterThan(1.0);
      assertThat(last).as(pe.id()).isLessThan(first * 0.8);
      assertThat(m.step()).isEqualTo(25);
    }
  }

  @Test
  void aDivergingRunStopsWithAClearErrorInsteadOfTrainingOnNaN() {
    List<String> prompts = CopyTask.prompts(1, 400, 4, 12);
    ModelConfig mc =
        new ModelConfig(CopyTask.TOKENIZER.size(), 2, 64, 4, 4, 64, PositionEncoding.ROPE);
    // A learning rate of 1e30 sends the weights to overflow within a few steps.
    TrainConfig tc = new TrainConfig(200, 1024, 1e30f, 1, 0f, 1f, 5, 0, 0);
    TrainJob job =
        new TrainJob(
            CopyTask.sequences(prompts),
            CopyTask.lossStarts(prompts),
            CopyTask.TOKENIZER,
            mc,
            tc,
            dir.resolve("diverged"),
            "copy",
            "test",
            Map.of());
    assertThatThrownBy(() -> Trainer.run(job, TrainListener.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("training diverged")
        .hasMessageContaining("--lr");
  }

  /**
   * libtorch's CPU kernels are not bitwise repeatable on this machine: about one run of this job in
   * 50 to 100 ends with one of a few other sets of weights, whatever the thread count
   * (docs/lab.md). That failed this test on CI once. A resume that lost any state differs on every
   * attempt; the kernels' rare alternative does not come three times in a row.
   */
  @Test
  void resumingAfterAKillEndsWithTheSameWeights() throws Exception {
    AssertionError last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        resumeAfterAKill(dir.resolve("attempt-" + attempt));
        return;
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  private static void resumeAfterAKill(Path dir) throws Exception {
    Path straight = dir.resolve("straight");
    Trainer.run(job(straight, PositionEncoding.ROPE, 12, 4, 3), TrainListener.NONE);
    Path killed = dir.resolve("killed");
    TrainListener killer =
        new TrainListener() {
          @Override
          public void step(long step, long total, float loss, double tps) {
            if (step == 6) {
              throw new IllegalStateException("killed");
            }
          }
        };
    assertThatThrownBy(() -> Trainer.run(job(killed, PositionEncoding.ROPE, 12, 4, 3), killer))
        .hasMessage("killed");
    assertThat(Checkpoint.meta(killed).step()).isEqualTo(4);
    Trainer.Result r =
        Trainer.run(job(killed, PositionEncoding.ROPE, 12, 4, 3), TrainListener.NONE);
    assertThat(r.resumedFrom()).isEqualTo(4);
    CheckpointMeta a = Checkpoint.meta(straight);
    CheckpointMeta b = Checkpoint.meta(killed);
    assertThat(b.step()).isEqualTo(12);
    Map<String, float[]> pa = Checkpoint.params(straight, a);
    Map<String, float[]> pb = Checkpoint.params(killed, b);
    assertThat(pb.keySet()).isEqualTo(pa.keySet());
    pa.forEach((k, v) -> assertThat(pb.get(k)).as(k).containsExactly(v));
    // A finished run is not trained again; other settings are refused.
    assertThat(
            Trainer.run(job(killed, PositionEncoding.ROPE, 12, 4, 3), TrainListener.NONE)
                .resumedFrom())
        .isEqualTo(12);
    assertThatThrownBy(
            () -> Trainer.run(job(killed, PositionEncoding.NOPE, 12, 4, 3), TrainListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other settings");
  }
}
