package dev.tmi.lab.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.model.Transformer;
import dev.tmi.lab.train.AdamW;
import dev.tmi.lab.train.Batcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Training throughput of one model shape on random tokens, the same work as the Python reference in
 * {@code bench/lab_torch.py}: forward, cross-entropy, backward, AdamW with clipping. Prints one
 * JSON line.
 */
public final class TrainBench {
  private TrainBench() {}

  /**
   * Measures.
   *
   * @param cfg the model
   * @param batch sequences per step
   * @param length tokens per sequence
   * @param warmup steps not timed
   * @param steps steps timed
   * @param rssEvery record RSS every this many steps (0: never)
   * @return a JSON line
   */
  public static String run(
      ModelConfig cfg, int batch, int length, int warmup, int steps, int rssEvery) {
    SplittableRandom rng = new SplittableRandom(1);
    List<int[]> seqs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      int[] s = new int[length + 1];
      for (int k = 0; k < s.length; k++) {
        s[k] = 4 + rng.nextInt(cfg.vocab() - 4);
      }
      seqs.add(s);
      starts.add(1);
    }
    Batcher batcher = new Batcher(seqs, starts, batch * length, 1);
    List<double[]> rss = new ArrayList<>();
    try (NDManager root = NDManager.newBaseManager();
        Transformer model = Transformer.create(cfg, 1, root);
        AdamW opt = new AdamW(model.parameters(), root, 0.01f, 1f)) {
      long t0 = 0;
      for (int step = 0; step < warmup + steps; step++) {
        if (step == warmup) {
          t0 = System.nanoTime();
        }
        try (NDScope scope = new NDScope()) {
          scope.suppressNotUsedWarning();
          dev.tmi.lab.train.BenchAccess.step(root, model, opt, batcher.batch(step), 1e-3f);
        }
        if (rssEvery > 0 && step % rssEvery == 0) {
          rss.add(new double[] {step, Rss.megabytes()[0]});
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double tps = (double) steps * batch * length / secs;
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "{\"impl\":\"djl\",\"params\":%d,\"layers\":%d,\"d\":%d,\"heads\":%d,\"batch\":%d,"
                  + "\"length\":%d,\"steps\":%d,\"seconds\":%.2f,\"tokens_per_s\":%.0f,"
                  + "\"peak_rss_mb\":%.0f",
              cfg.parameterCount(),
              cfg.layers(),
              cfg.dModel(),
              cfg.heads(),
              batch,
              length,
              steps,
              secs,
              tps,
              Rss.megabytes()[1]));
      if (!rss.isEmpty()) {
        sb.append(",\"rss_mb\":[");
        for (int i = 0; i < rss.size(); i++) {
          sb.append(i == 0 ? "" : ",")
              .append(String.format(Locale.ROOT, "[%d,%.0f]", (long) rss.get(i)[0], rss.get(i)[1]));
        }
        sb.append(']');
      }
      return sb.append('}').toString();
    }
  }

  /** {@code layers d heads batch length warmup steps [rssEvery]}. */
  public static void main(String[] args) {
    int[] a = new int[8];
    for (int i = 0; i < args.length && i < 8; i++) {
      a[i] = Integer.parseInt(args[i]);
    }
    ModelConfig cfg =
        new ModelConfig(64, a[0], a[1], a[2], 4, Math.max(512, a[4] + 1), PositionEncoding.ROPE);
    System.out.println(run(cfg, a[3], a[4], a[5], a[6], a[7]));
  }
}
