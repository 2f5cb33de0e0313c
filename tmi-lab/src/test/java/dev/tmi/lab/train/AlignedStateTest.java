package dev.tmi.lab.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.tmi.lab.model.AlignedArrays;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.model.Transformer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Weights and optimizer moments start on a 64-byte boundary whether they were initialised or loaded
 * from a checkpoint, and loading gives back exactly the values saved (see {@link AlignedArrays} for
 * why the alignment is kept).
 */
class AlignedStateTest {
  private static final ModelConfig CONFIG =
      new ModelConfig(23, 2, 64, 4, 4, 64, PositionEncoding.LEARNED);

  private static void assertAligned(Map<String, NDArray> arrays) {
    arrays.forEach((k, a) -> assertThat(AlignedArrays.misalignment(a)).as(k).isZero());
  }

  @Test
  void freshAndRestoredWeightsAndMomentsAreAlignedAndHoldTheirValues() {
    try (NDManager root = NDManager.newBaseManager();
        Transformer fresh = Transformer.create(CONFIG, 5, root);
        AdamW opt = new AdamW(fresh.parameters(), root, 0.01f, 1f)) {
      assertAligned(fresh.parameters());
      assertAligned(opt.moments());
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        NDArray sum = root.zeros(new ai.djl.ndarray.types.Shape());
        for (NDArray p : fresh.parameters().values()) {
          sum = sum.add(p.square().sum());
        }
        gc.backward(sum);
      }
      opt.step(1e-3f);
      Map<String, float[]> weights = fresh.snapshot();
      Map<String, float[]> moments = opt.snapshot();

      try (Transformer loaded = Transformer.of(CONFIG, weights, root);
          AdamW restored = new AdamW(loaded.parameters(), root, 0.01f, 1f)) {
        restored.restore(moments, opt.steps());
        assertAligned(loaded.parameters());
        assertAligned(restored.moments());
        assertThat(loaded.parameters().get("tok_emb").hasGradient()).isTrue();
        Map<String, float[]> reloaded = loaded.snapshot();
        weights.forEach((k, v) -> assertThat(reloaded.get(k)).as(k).containsExactly(v));
        Map<String, float[]> remoments = restored.snapshot();
        moments.forEach((k, v) -> assertThat(remoments.get(k)).as(k).containsExactly(v));
        assertThat(restored.steps()).isEqualTo(opt.steps());
      }
    }
  }
}
