package dev.tmi.lab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.LayerNorm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A pre-norm decoder-only transformer written directly on NDArrays, so that training, decoding with
 * a KV cache and attention capture share one forward pass. Parameters live in the transformer's own
 * manager; everything a forward pass creates belongs to the caller's scope. There is no fused
 * attention or tril in DJL, so the causal mask is built from positions.
 */
public final class Transformer implements AutoCloseable {
  private static final float NEG = -1e9f;

  private final ModelConfig cfg;
  private final NDManager manager;
  private final Map<String, NDArray> params = new LinkedHashMap<>();
  // The checkpoint's values while build() runs, then null so the model does not keep a copy.
  private Map<String, float[]> loading;
  private NDArray ropeCos;
  private NDArray ropeSin;
  private NDArray alibiSlopes;

  private Transformer(ModelConfig cfg, NDManager parent) {
    this.cfg = cfg;
    this.manager = parent.newSubManager();
  }

  /** A freshly initialised model; the same seed gives the same weights. */
  public static Transformer create(ModelConfig cfg, long seed, NDManager parent) {
    return build(cfg, new SplittableRandom(seed), null, parent);
  }

  /** A model with the given parameter values (from a checkpoint). */
  public static Transformer of(ModelConfig cfg, Map<String, float[]> values, NDManager parent) {
    return build(cfg, null, values, parent);
  }

  /** Initialises from {@code rng}, or takes every parameter from {@code loaded} if it is given. */
  private static Transformer build(
      ModelConfig cfg, SplittableRandom rng, Map<String, float[]> loaded, NDManager parent) {
    Transformer t = new Transformer(cfg, parent);
    t.loading = loaded;
    try {
      int d = cfg.dModel();
      int f = d * cfg.mlpRatio();
      float std = 0.02f;
      float projStd = (float) (0.02 / Math.sqrt(2.0 * cfg.layers()));
      t.add("tok_emb", () -> gaussian(rng, cfg.vocab() * d, std), cfg.vocab(), d);
      if (cfg.position() == PositionEncoding.LEARNED) {
        t.add("pos_emb", () -> gaussian(rng, cfg.maxLen() * d, std), cfg.maxLen(), d);
      }
      for (int l = 0; l < cfg.layers(); l++) {
        String p = "l" + l + ".";
        t.add(p + "ln1.g", () -> fill(d, 1f), d);
        t.add(p + "ln1.b", () -> fill(d, 0f), d);
        t.add(p + "wqkv", () -> gaussian(rng, d * 3 * d, std), d, 3 * d);
        t.add(p + "bqkv", () -> fill(3 * d, 0f), 3 * d);
        t.add(p + "wo", () -> gaussian(rng, d * d, projStd), d, d);
        t.add(p + "bo", () -> fill(d, 0f), d);
        t.add(p + "ln2.g", () -> fill(d, 1f), d);
        t.add(p + "ln2.b", () -> fill(d, 0f), d);
        t.add(p + "w1", () -> gaussian(rng, d * f, std), d, f);
        t.add(p + "b1", () -> fill(f, 0f), f);
        t.add(p + "w2", () -> gaussian(rng, f * d, projStd), f, d);
        t.add(p + "b2", () -> fill(d, 0f), d);
      }
      t.add("lnf.g", () -> fill(d, 1f), d);
      t.add("lnf.b", () -> fill(d, 0f), d);
      t.buildTables();
      return t;
    } catch (RuntimeException e) {
      t.close();
      throw e;
    } finally {
      t.loading = null;
    }
  }

  // The initialiser runs only for a fresh model, so loading a checkpoint draws no random weights.
  private void add(String name, Supplier<float[]> init, long... dims) {
    Shape shape = new Shape(dims);
    float[] values = loading == null ? init.get() : loading.get(name);
    if (values == null || values.length != shape.size()) {
      throw new IllegalArgumentException(
          "checkpoint lacks parameter " + name + " of shape " + shape);
    }
    NDArray a = AlignedArrays.of(manager, values, shape);
    NDScope.unregister(a);
    a.setRequiresGradient(true);
    params.put(name, a);
  }

  private void buildTables() {
    int half = cfg.headDim() / 2;
    if (cfg.position() == PositionEncoding.ROPE) {
      float[] cos = new float[cfg.maxLen() * half];
      float[] sin = new float[cfg.maxLen() * half];
      for (int p = 0; p < cfg.maxLen(); p++) {
        for (int i = 0; i < half; i++) {
          double theta = p * Math.pow(10000.0, -2.0 * i / cfg.headDim());
          cos[p * half + i] = (float) Math.cos(theta);
          sin[p * half + i] = (float) Math.sin(theta);
        }
      }
      ropeCos = AlignedArrays.of(manager, cos, new Shape(cfg.maxLen(), half));
      ropeSin = AlignedArrays.of(manager, sin, new Shape(cfg.maxLen(), half));
      NDScope.unregister(ropeCos, ropeSin);
    }
    if (cfg.position() == PositionEncoding.ALIBI) {
      float[] slopes = new float[cfg.heads()];
      for (int h = 0; h < cfg.heads(); h++) {
        slopes[h] = (float) Math.pow(2.0, -8.0 * (h + 1) / cfg.heads());
      }
      alibiSlopes = AlignedArrays.of(manager, slopes, new Shape(cfg.heads(), 1, 1));
      NDScope.unregister(alibiSlopes);
    }
  }

  private static float[] gaussian(SplittableRandom rng, int n, float std) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (rng.nextGaussian() * std);
    }
    return a;
  }

  private static float[] fill(int n, float v) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /** The shape. */
  public ModelConfig config() {
    return cfg;
  }

  /** The parameters by name, in a fixed order. */
  public Map<String, NDArray> parameters() {
    return params;
  }

  /** Whether weight decay applies to a parameter: the weight matrices, not embeddings or norms. */
  public static boolean decays(String name) {
    return name.contains(".w");
  }

  /**
   * Logits for a batch of token sequences that all start at position {@code offset}.
   *
   * @param tokens int64 token ids, shape [B, T]
   * @param offset the position of the first token (non-zero when continuing from a cache or when
   *     training with random position offsets)
   * @param cache a KV cache to append to and attend over, or {@code null}
   * @param attention if not null, receives each layer's attention probabilities [B, H, T, Tk]
   * @return logits [B, T, V]
   */
  public NDArray forward(NDArray tokens, int offset, KvCache cache, List<NDArray> attention) {
    NDManager m = tokens.getManager();
    long b = tokens.getShape().get(0);
    int t = (int) tokens.getShape().get(1);
    int total = offset + t;
    if (total > cfg.maxLen()) {
      throw new IllegalArgumentException(
          "sequence of " + total + " tokens exceeds the model's maximum " + cfg.maxLen());
    }
    NDArray emb = params.get("tok_emb");
    NDArray x = tokens.oneHot(cfg.vocab()).matMul(emb);
    if (cfg.position() == PositionEncoding.LEARNED) {
      x = x.add(params.get("pos_emb").get(new NDIndex("{}:{}", offset, total)));
    }
    int keys = cache == null ? t : total;
    int keyStart = cache == null ? offset : 0;
    NDArray qpos = m.arange(offset, total).toType(DataType.FLOAT32, false).reshape(t, 1);
    NDArray kpos =
        m.arange(keyStart, keyStart + keys).toType(DataType.FLOAT32, false).reshape(1, keys);
    NDArray dist = qpos.sub(kpos);
    NDArray bias = dist.lt(0).toType(DataType.FLOAT32, false).mul(NEG).reshape(1, 1, t, keys);
    if (cfg.position() == PositionEncoding.ALIBI) {
      bias = bias.sub(alibiSlopes.mul(dist.maximum(0f)).expandDims(0));
    }
    NDArray cos = null;
    NDArray sin = null;
    if (cfg.position() == PositionEncoding.ROPE) {
      cos = ropeCos.get(new NDIndex("{}:{}", offset, total));
      sin = ropeSin.get(new NDIndex("{}:{}", offset, total));
    }
    for (int l = 0; l < cfg.layers(); l++) {
      x = block(l, x, b, t, offset, cos, sin, bias, cache, attention);
    }
    x = norm(x, "lnf");
    return x.matMul(emb.transpose());
  }

  private NDArray block(
      int l,
      NDArray x,
      long b,
      int t,
      int offset,
      NDArray cos,
      NDArray sin,
      NDArray bias,
      KvCache cache,
      List<NDArray> attention) {
    String p = "l" + l + ".";
    int h = cfg.heads();
    int dh = cfg.headDim();
    int d = cfg.dModel();
    NDArray hid = norm(x, p + "ln1");
    NDArray qkv =
        hid.matMul(params.get(p + "wqkv"))
            .add(params.get(p + "bqkv"))
            .reshape(b, t, 3, h, dh)
            .transpose(2, 0, 3, 1, 4);
    NDArray q = qkv.get(0);
    NDArray k = qkv.get(1);
    NDArray v = qkv.get(2);
    if (cos != null) {
      q = rotate(q, cos, sin);
      k = rotate(k, cos, sin);
    }
    if (cache != null) {
      cache.put(l, k, v, offset);
      k = cache.keys(l, offset + t);
      v = cache.values(l, offset + t);
    }
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(1.0f / (float) Math.sqrt(dh)).add(bias);
    NDArray probs = scores.softmax(-1);
    if (attention != null) {
      attention.add(probs);
    }
    NDArray o = probs.matMul(v).transpose(0, 2, 1, 3).reshape(b, t, d);
    x = x.add(o.matMul(params.get(p + "wo")).add(params.get(p + "bo")));
    NDArray hid2 = norm(x, p + "ln2");
    NDArray mlp = Activation.gelu(hid2.matMul(params.get(p + "w1")).add(params.get(p + "b1")));
    return x.add(mlp.matMul(params.get(p + "w2")).add(params.get(p + "b2")));
  }

  private NDArray rotate(NDArray x, NDArray cos, NDArray sin) {
    int half = cfg.headDim() / 2;
    NDArray x1 = x.get(new NDIndex(":, :, :, 0:{}", half));
    NDArray x2 = x.get(new NDIndex(":, :, :, {}:", half));
    return x1.mul(cos).sub(x2.mul(sin)).concat(x1.mul(sin).add(x2.mul(cos)), -1);
  }

  private NDArray norm(NDArray x, String name) {
    return LayerNorm.layerNorm(
            x, new Shape(cfg.dModel()), params.get(name + ".g"), params.get(name + ".b"), 1e-5f)
        .singletonOrThrow();
  }

  /** Copies every parameter to Java arrays (for checkpoints). */
  public Map<String, float[]> snapshot() {
    Map<String, float[]> out = new LinkedHashMap<>();
    params.forEach((k, v) -> out.put(k, v.toFloatArray()));
    return out;
  }

  /** The parameter names in order. */
  public List<String> names() {
    return new ArrayList<>(params.keySet());
  }

  @Override
  public void close() {
    manager.close();
  }
}
