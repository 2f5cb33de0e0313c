package dev.tmi.synth;

import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Phase one of synthesis: draws candidates index by index (in parallel, in chunks) and keeps, in
 * index order, the first ones that are not duplicates. Drawing is cheap next to rendering, so every
 * shard runs this phase in full and all shards agree on which samples exist.
 */
final class Selector {
  private static final int MAX_CHUNK = 1024;
  private static final int MIN_CHUNK = 64;

  private final ExecutorService pool;
  private final int window;
  private final long seed;
  private final DedupMode mode;

  Selector(ExecutorService pool, int threads, long seed, DedupMode mode) {
    this.pool = pool;
    this.window = threads * 2;
    this.seed = seed;
    this.mode = mode;
  }

  /** The key material of one candidate. */
  private record Keys2(long q1, long q2, long i1, long i2) {}

  /**
   * Selects the eval sets and the training set of a task.
   *
   * @return eval-S, eval-M, eval-L (when {@code eval > 0}) and train (when {@code train > 0})
   */
  <I> java.util.List<Selection> selectTask(Task<I> task, int eval, int train, Mix mix)
      throws InterruptedException {
    java.util.List<Selection> out = new java.util.ArrayList<>();
    KeySet evalKeys = new KeySet(Math.max(16, eval * 3));
    KeySet evalInstances = new KeySet(Math.max(16, eval * 3));
    if (eval > 0) {
      for (Split split : Split.values()) {
        KeySet seen = new KeySet(eval);
        long[][] picked = new long[1][];
        Selection.Stats st =
            select(
                task,
                "eval-" + split,
                split,
                eval,
                seen,
                null,
                null,
                evalKeys,
                evalInstances,
                picked);
        Split[] splits = new Split[picked[0].length];
        Arrays.fill(splits, split);
        out.add(new Selection("eval-" + split, splits, picked[0], st));
      }
    }
    if (train > 0) {
      Map<Split, Integer> counts = mix.counts(train);
      KeySet seen = new KeySet(train);
      Map<Split, long[]> picked = new EnumMap<>(Split.class);
      Selection.Stats total = new Selection.Stats(0, 0, 0, 0, 0, 0);
      for (Split split : Split.values()) {
        int n = counts.get(split);
        if (n == 0) {
          picked.put(split, new long[0]);
          continue;
        }
        long[][] p = new long[1][];
        Selection.Stats st =
            select(task, "train-" + split, split, n, seen, evalKeys, evalInstances, null, null, p);
        picked.put(split, p[0]);
        total = total.plus(st);
      }
      out.add(interleave(picked, total));
    }
    return out;
  }

  /**
   * Orders the training samples so every prefix has the mixture's proportions as closely as
   * possible: each position takes the split that is furthest behind its share.
   */
  private static Selection interleave(Map<Split, long[]> picked, Selection.Stats stats) {
    int n = 0;
    for (long[] a : picked.values()) {
      n += a.length;
    }
    Split[] splits = new Split[n];
    long[] indices = new long[n];
    int[] taken = new int[3];
    for (int p = 0; p < n; p++) {
      Split best = null;
      double bestDeficit = Double.NEGATIVE_INFINITY;
      for (Split s : Split.values()) {
        long[] a = picked.get(s);
        if (taken[s.ordinal()] >= a.length) {
          continue;
        }
        double deficit = (double) a.length * (p + 1) / n - taken[s.ordinal()];
        if (deficit > bestDeficit) {
          bestDeficit = deficit;
          best = s;
        }
      }
      splits[p] = best;
      indices[p] = picked.get(best)[taken[best.ordinal()]++];
    }
    return new Selection("train", splits, indices, stats);
  }

  private <I> Selection.Stats select(
      Task<I> task,
      String stream,
      Split split,
      int target,
      KeySet seen,
      KeySet exclude,
      KeySet excludeInstances,
      KeySet collect,
      KeySet collectInstances,
      long[][] result)
      throws InterruptedException {
    long maxCandidates = (long) target * 20 + 10_000;
    long[] accepted = new long[target];
    int produced = 0;
    long candidates = 0;
    long duplicates = 0;
    long overlap = 0;
    long shared = 0;
    Deque<Future<Keys2[]>> inFlight = new ArrayDeque<>();
    long nextChunk = 0;
    // Small targets (the eval sets) take small chunks: a full window of large ones would draw
    // thousands of long instances only to throw them away.
    int chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Integer.highestOneBit(target / window)));
    try {
      while (produced < target && candidates < maxCandidates) {
        while (inFlight.size() < window && nextChunk * chunk < maxCandidates) {
          long from = nextChunk++ * chunk;
          inFlight.add(pool.submit(() -> keys(task, stream, split, from, chunk)));
        }
        for (Keys2 k : inFlight.poll().get()) {
          if (produced >= target || candidates >= maxCandidates) {
            break;
          }
          long index = candidates++;
          long k1 = mode == DedupMode.QUERY ? k.q1 : k.i1;
          long k2 = mode == DedupMode.QUERY ? k.q2 : k.i2;
          if (exclude != null && exclude.contains(k1, k2)) {
            overlap++;
            continue;
          }
          if (!seen.add(k1, k2)) {
            duplicates++;
            continue;
          }
          if (excludeInstances != null && excludeInstances.contains(k.i1, k.i2)) {
            shared++;
          }
          if (collect != null) {
            collect.add(k1, k2);
            collectInstances.add(k.i1, k.i2);
          }
          accepted[produced++] = index;
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "task " + task.info().id() + " failed while drawing " + stream + ": " + e.getCause(),
          e.getCause());
    } finally {
      inFlight.forEach(f -> f.cancel(true));
    }
    result[0] = Arrays.copyOf(accepted, produced);
    return new Selection.Stats(target, produced, candidates, duplicates, overlap, shared);
  }

  private <I> Keys2[] keys(Task<I> task, String stream, Split split, long from, int n) {
    Keys2[] out = new Keys2[n];
    // An instance is keyed by its JSON, as the samples show it (a record's toString formats
    // through String.format in Java 17, which cost a third of this phase).
    ValueJson values = new ValueJson(TextBuffer.json());
    Bytes inst = new Bytes(256);
    for (int i = 0; i < n; i++) {
      Drawn<I> d = Drawn.draw(task, seed, stream, from + i, split);
      String q = d.query("tail");
      values.into(d.instance(), inst);
      out[i] =
          new Keys2(
              Keys.h1(q),
              Keys.h2(q),
              Keys.h1(inst.array(), inst.length()),
              Keys.h2(inst.array(), inst.length()));
    }
    return out;
  }
}
