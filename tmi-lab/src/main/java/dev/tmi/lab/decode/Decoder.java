package dev.tmi.lab.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.model.KvCache;
import dev.tmi.lab.model.Transformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batched greedy decoding. All sequences of a batch share positions: the common prefix of the
 * prompts is read in one pass, then every step feeds one token per sequence, the prompt's own token
 * while a sequence is still inside its prompt and the model's choice after. A sequence stops at EOS
 * or when it has closed its {@code \boxed{...}} answer; a length guard stops the rest. Each step
 * runs in its own scope; the KV cache lives outside them.
 */
public final class Decoder {
  private final Transformer model;
  private final Tokenizer tokenizer;
  private final int closeBrace;
  private final boolean stopAtEnd;

  /** A decoder for a model and its tokenizer. */
  public Decoder(Transformer model, Tokenizer tokenizer) {
    this(model, tokenizer, true);
  }

  /**
   * A decoder; with {@code stopAtEnd} false it ignores EOS and closed answers and always generates
   * {@code maxNew} tokens (for benchmarks).
   */
  public Decoder(Transformer model, Tokenizer tokenizer, boolean stopAtEnd) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.closeBrace = tokenizer.covers("}") ? tokenizer.encode("}")[0] : -1;
    this.stopAtEnd = stopAtEnd;
  }

  /**
   * Decodes a batch.
   *
   * @param prefixes the token ids each sequence starts with ({@code BOS prompt SEP})
   * @param maxNew the most tokens to generate per sequence
   * @param cache whether to use the KV cache (without it every step recomputes the whole sequence;
   *     kept for tests and benchmarks)
   */
  public List<Generation> generate(List<int[]> prefixes, int maxNew, boolean cache) {
    return generate(prefixes, maxNew, cache, null);
  }

  /** As {@link #generate(List, int, boolean)}, also recording each step's logits if asked. */
  List<Generation> generate(List<int[]> prefixes, int maxNew, boolean cache, List<float[]> logits) {
    int b = prefixes.size();
    int minLen = Integer.MAX_VALUE;
    int maxLen = 0;
    for (int[] p : prefixes) {
      minLen = Math.min(minLen, p.length);
      maxLen = Math.max(maxLen, p.length);
    }
    int limit = model.config().maxLen();
    if (maxLen >= limit) {
      throw new IllegalArgumentException(
          "prompt of " + maxLen + " tokens leaves no room in the model's " + limit + " positions");
    }
    int total = Math.min(limit, maxLen + maxNew);
    int[][] seq = new int[b][total];
    int[] produced = new int[b];
    boolean[] done = new boolean[b];
    String[] reason = new String[b];
    for (int i = 0; i < b; i++) {
      System.arraycopy(prefixes.get(i), 0, seq[i], 0, prefixes.get(i).length);
    }
    NDManager root = NDManager.newBaseManager();
    try (root;
        KvCache kv = cache ? new KvCache(model.config(), b, total, root) : null) {
      int[] next = step(root, seq, 0, minLen, kv, logits);
      for (int pos = minLen; pos < total; pos++) {
        boolean any = false;
        for (int i = 0; i < b; i++) {
          int len = prefixes.get(i).length;
          if (pos < len) {
            any = true;
            continue;
          }
          if (done[i]) {
            seq[i][pos] = Tokenizer.PAD;
            continue;
          }
          seq[i][pos] = next[i];
          produced[i]++;
          if (stopAtEnd && (next[i] == Tokenizer.EOS || answerClosed(seq[i], len, pos))) {
            done[i] = true;
            reason[i] = "stop";
          } else if (produced[i] >= maxNew) {
            done[i] = true;
            reason[i] = "length";
          } else {
            any = true;
          }
        }
        if (!any || pos + 1 >= total) {
          break;
        }
        next =
            kv != null
                ? step(root, seq, pos, pos + 1, kv, logits)
                : step(root, seq, 0, pos + 1, null, logits);
      }
    }
    List<Generation> out = new ArrayList<>(b);
    for (int i = 0; i < b; i++) {
      int len = prefixes.get(i).length;
      int n = produced[i];
      int end = len + n;
      if (n > 0 && seq[i][end - 1] == Tokenizer.EOS) {
        end--;
      }
      out.add(
          new Generation(
              Arrays.copyOfRange(seq[i], len, end), reason[i] == null ? "length" : reason[i]));
    }
    return out;
  }

  /**
   * Feeds positions [from, to) and returns each sequence's greedy choice for position {@code to}.
   */
  private int[] step(NDManager m, int[][] seq, int from, int to, KvCache kv, List<float[]> rec) {
    int b = seq.length;
    int t = to - from;
    int[] flat = new int[b * t];
    for (int i = 0; i < b; i++) {
      System.arraycopy(seq[i], from, flat, i * t, t);
    }
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray tokens = m.create(flat, new Shape(b, t)).toType(DataType.INT64, false);
      NDArray last = model.forward(tokens, from, kv, null).get(new NDIndex(":, -1, :"));
      if (rec != null) {
        rec.add(last.toFloatArray());
      }
      long[] ids = last.argMax(-1).toLongArray();
      int[] out = new int[b];
      for (int i = 0; i < b; i++) {
        out[i] = (int) ids[i];
      }
      return out;
    }
  }

  private boolean answerClosed(int[] seq, int from, int pos) {
    if (seq[pos] != closeBrace) {
      return false;
    }
    String text = tokenizer.decode(seq, from, pos + 1);
    int at = text.lastIndexOf("\\boxed{");
    if (at < 0) {
      return false;
    }
    int depth = 0;
    for (int i = at + 6; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }

  /** Whether decoding with the cache must equal decoding without it (for tests). */
  List<float[]> logitsTrace(List<int[]> prefixes, int maxNew, boolean cache) {
    List<float[]> rec = new ArrayList<>();
    generate(prefixes, maxNew, cache, rec);
    return rec;
  }
}
