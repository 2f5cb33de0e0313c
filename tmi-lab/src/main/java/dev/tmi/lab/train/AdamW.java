package dev.tmi.lab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.tmi.lab.model.AlignedArrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW with global gradient-norm clipping, written out by hand: DJL's stock Adam, used without a
 * Trainer, went NaN on these models, and this one is stable and deterministic. Moments live in the
 * optimizer's own manager, outside the per-step scopes. Gradients are zeroed after every update
 * because the PyTorch engine accumulates them.
 */
public final class AdamW implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, NDArray> params;
  private final Map<String, NDArray> m = new LinkedHashMap<>();
  private final Map<String, NDArray> v = new LinkedHashMap<>();
  private final float beta1;
  private final float beta2;
  private final float eps;
  private final float weightDecay;
  private final float clip;
  private long t;
  private long skipped;

  /** An optimizer over these parameters; weight decay applies where {@code decays} says. */
  public AdamW(Map<String, NDArray> params, NDManager parent, float weightDecay, float clip) {
    this.params = params;
    this.manager = parent.newSubManager();
    this.beta1 = 0.9f;
    this.beta2 = 0.98f;
    this.eps = 1e-8f;
    this.weightDecay = weightDecay;
    this.clip = clip;
    for (var e : params.entrySet()) {
      NDArray mm = manager.zeros(e.getValue().getShape());
      NDArray vv = manager.zeros(e.getValue().getShape());
      NDScope.unregister(mm, vv);
      m.put(e.getKey(), mm);
      v.put(e.getKey(), vv);
    }
  }

  /**
   * Applies one update from the accumulated gradients, then zeroes them. Call inside a scope.
   *
   * @return the gradient norm before clipping
   */
  public float step(float lr) {
    // Counted even when the update is skipped, so that t stays the trainer's step and a resumed
    // run restores the same bias corrections.
    t++;
    double sq = 0;
    Map<String, NDArray> grads = new LinkedHashMap<>();
    for (var e : params.entrySet()) {
      NDArray g = e.getValue().getGradient();
      grads.put(e.getKey(), g);
      sq += g.square().sum().getFloat();
    }
    float norm = (float) Math.sqrt(sq);
    if (!Float.isFinite(norm)) {
      // A NaN or infinite gradient: scaling it by 0 would still give NaN (NaN * 0 = NaN) and
      // poison the moments and then every weight for good. Skip the update instead.
      skipped++;
      for (NDArray p : params.values()) {
        JniUtils.zeroGrad((PtNDArray) p);
      }
      return norm;
    }
    float scale = Math.min(1f, clip / (norm + 1e-6f));
    float c1 = (float) (1 - Math.pow(beta1, t));
    float c2 = (float) (1 - Math.pow(beta2, t));
    for (var e : params.entrySet()) {
      String name = e.getKey();
      NDArray p = e.getValue();
      NDArray g = grads.get(name).mul(scale);
      NDArray mm = m.get(name);
      NDArray vv = v.get(name);
      mm.muli(beta1).addi(g.mul(1 - beta1));
      vv.muli(beta2).addi(g.square().mul(1 - beta2));
      NDArray update = mm.div(c1).div(vv.div(c2).sqrt().add(eps));
      if (weightDecay > 0 && dev.tmi.lab.model.Transformer.decays(name)) {
        update = update.add(p.mul(weightDecay));
      }
      p.subi(update.mul(lr));
      JniUtils.zeroGrad((PtNDArray) p);
    }
    return norm;
  }

  /** The number of updates so far. */
  public long steps() {
    return t;
  }

  /** The number of steps skipped because the gradient was not finite. */
  public long skipped() {
    return skipped;
  }

  /** The moments as Java arrays, for checkpoints: m then v per parameter. */
  public Map<String, float[]> snapshot() {
    Map<String, float[]> out = new LinkedHashMap<>();
    m.forEach((k, a) -> out.put("m." + k, a.toFloatArray()));
    v.forEach((k, a) -> out.put("v." + k, a.toFloatArray()));
    return out;
  }

  /** Restores the moments and the step count from a checkpoint. */
  public void restore(Map<String, float[]> state, long steps) {
    replace(m, state, "m.");
    replace(v, state, "v.");
    t = steps;
  }

  /** The moments, m then v per parameter, as arrays (for tests of where they live). */
  Map<String, NDArray> moments() {
    Map<String, NDArray> out = new LinkedHashMap<>();
    m.forEach((k, a) -> out.put("m." + k, a));
    v.forEach((k, a) -> out.put("v." + k, a));
    return out;
  }

  // New aligned arrays rather than set(): set() would move a moment into a Java buffer at another
  // alignment than the uninterrupted run's (see AlignedArrays for why that is avoided).
  private void replace(Map<String, NDArray> moments, Map<String, float[]> state, String prefix) {
    for (var e : moments.entrySet()) {
      NDArray old = e.getValue();
      NDArray restored =
          AlignedArrays.of(manager, require(state, prefix + e.getKey(), old), old.getShape());
      NDScope.unregister(restored);
      e.setValue(restored);
      old.close();
    }
  }

  private static float[] require(Map<String, float[]> state, String key, NDArray like) {
    float[] f = state.get(key);
    if (f == null || f.length != like.size()) {
      throw new IllegalArgumentException("optimizer state lacks " + key);
    }
    return f;
  }

  @Override
  public void close() {
    manager.close();
  }
}
