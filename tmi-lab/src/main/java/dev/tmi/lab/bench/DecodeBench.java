package dev.tmi.lab.bench;

import ai.djl.ndarray.NDManager;
import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.decode.Decoder;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.model.Transformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Greedy decoding throughput with and without the KV cache. Prints one JSON line. */
public final class DecodeBench {
  private DecodeBench() {}

  /** {@code layers d heads batch promptLength newTokens}. */
  public static void main(String[] args) {
    int[] a = new int[6];
    for (int i = 0; i < 6; i++) {
      a[i] = Integer.parseInt(args[i]);
    }
    StringBuilder chars = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      chars.append((char) ('!' + i));
    }
    Tokenizer tok = new Tokenizer(chars.toString());
    ModelConfig cfg =
        new ModelConfig(tok.size(), a[0], a[1], a[2], 4, a[4] + a[5] + 8, PositionEncoding.ROPE);
    SplittableRandom rng = new SplittableRandom(1);
    List<int[]> prefixes = new ArrayList<>();
    for (int b = 0; b < a[3]; b++) {
      int[] p = new int[a[4]];
      for (int i = 0; i < p.length; i++) {
        p[i] = 4 + rng.nextInt(tok.size() - 4);
      }
      prefixes.add(p);
    }
    try (NDManager m = NDManager.newBaseManager();
        Transformer model = Transformer.create(cfg, 1, m)) {
      Decoder d = new Decoder(model, tok, false);
      d.generate(prefixes, 8, true);
      long t0 = System.nanoTime();
      d.generate(prefixes, a[5], true);
      double cached = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      d.generate(prefixes, a[5], false);
      double full = (System.nanoTime() - t0) / 1e9;
      double n = (double) a[3] * a[5];
      System.out.println(
          String.format(
              Locale.ROOT,
              "{\"impl\":\"djl\",\"params\":%d,\"batch\":%d,\"prompt\":%d,\"new_tokens\":%d,"
                  + "\"kv_cache_tokens_per_s\":%.0f,\"recompute_tokens_per_s\":%.0f,"
                  + "\"speedup\":%.1f}",
              cfg.parameterCount(),
              a[3],
              a[4],
              a[5],
              n / cached,
              n / full,
              full / cached));
    }
  }
}
