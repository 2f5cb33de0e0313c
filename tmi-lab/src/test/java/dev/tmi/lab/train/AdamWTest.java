package dev.tmi.lab.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamWTest {

  private static void backward(NDManager m, NDArray w, float factor) {
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
      gc.backward(w.mul(m.create(factor)).sum());
    }
  }

  @Test
  void aNonFiniteGradientSkipsTheUpdateInsteadOfPoisoningTheWeights() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray w = m.create(new float[] {1f, -2f, 3f});
      w.setRequiresGradient(true);
      try (AdamW opt = new AdamW(Map.of("w", w), m, 0f, 1f)) {
        backward(m, w, 1f);
        assertThat(opt.step(0.1f)).isFinite();
        float[] afterGoodStep = w.toFloatArray();
        Map<String, float[]> moments = opt.snapshot();

        backward(m, w, Float.NaN);
        assertThat(opt.step(0.1f)).isNaN();
        assertThat(w.toFloatArray()).containsExactly(afterGoodStep);
        assertThat(opt.snapshot().get("m.w")).containsExactly(moments.get("m.w"));
        assertThat(opt.snapshot().get("v.w")).containsExactly(moments.get("v.w"));
        assertThat(opt.skipped()).isEqualTo(1);

        // Training goes on normally afterwards: the NaN gradient was cleared, not accumulated.
        backward(m, w, 1f);
        assertThat(opt.step(0.1f)).isFinite();
        for (float x : w.toFloatArray()) {
          assertThat(x).isFinite();
        }
        assertThat(w.toFloatArray()[0]).isLessThan(afterGoodStep[0]);
      }
    }
  }
}
