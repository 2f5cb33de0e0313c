package dev.tmi.lab.train;

import dev.tmi.engine.sample.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws training batches of sequences of similar length (to limit padding), each a function of the
 * seed and the step alone, so a resumed run sees exactly the batches it would have seen.
 */
public final class Batcher {
  private final int[][] sequences;
  private final int[] lossStart;
  private final int batchTokens;
  private final long seed;

  /**
   * One batch.
   *
   * @param tokens [B x T] input ids, row-major
   * @param targets [B x T] next-token ids
   * @param mask [B x T] 1 where the target is part of the response (the loss positions)
   * @param batch B
   * @param length T
   * @param realTokens the tokens that are not padding
   */
  public record Batch(
      int[] tokens, int[] targets, float[] mask, int batch, int length, int realTokens) {}

  /**
   * A batcher over full sequences; {@code lossStart[i]} is the index of the first response token.
   */
  public Batcher(List<int[]> seqs, List<Integer> lossStarts, int batchTokens, long seed) {
    if (seqs.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    Integer[] order = new Integer[seqs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(seqs.get(a).length, seqs.get(b).length));
    sequences = new int[order.length][];
    lossStart = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sequences[i] = seqs.get(order[i]);
      lossStart[i] = lossStarts.get(order[i]);
    }
    this.batchTokens = batchTokens;
    this.seed = seed;
  }

  /** The longest sequence. */
  public int maxLength() {
    return sequences[sequences.length - 1].length;
  }

  /** The batch of a step: a random example and its neighbours in length order. */
  public Batch batch(long step) {
    SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, "batch", "train", step));
    int n = sequences.length;
    int anchor = rng.nextInt(n);
    int len = sequences[anchor].length - 1;
    int count = Math.max(1, Math.min(n, batchTokens / Math.max(1, len)));
    int from = Math.max(0, Math.min(anchor - count / 2, n - count));
    int t = 0;
    for (int i = from; i < from + count; i++) {
      t = Math.max(t, sequences[i].length - 1);
    }
    // The window may have grown longer than its anchor: keep the batch within the budget.
    while (count > 1 && (long) count * t > batchTokens) {
      count--;
      t = 0;
      for (int i = from; i < from + count; i++) {
        t = Math.max(t, sequences[i].length - 1);
      }
    }
    int[] tokens = new int[count * t];
    int[] targets = new int[count * t];
    float[] mask = new float[count * t];
    int real = 0;
    for (int r = 0; r < count; r++) {
      int[] s = sequences[from + r];
      for (int p = 0; p + 1 < s.length; p++) {
        tokens[r * t + p] = s[p];
        targets[r * t + p] = s[p + 1];
        mask[r * t + p] = p + 1 >= lossStart[from + r] ? 1f : 0f;
      }
      real += s.length - 1;
    }
    return new Batch(tokens, targets, mask, count, t, real);
  }
}
