package dev.tmi.tasks.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Random draws shared by several tasks. */
public final class Draw {
  private Draw() {}

  /** {@code n} distinct integers from {@code [lo, hi]}, in random order. */
  public static List<Integer> distinct(SplittableRandom rng, int n, int lo, int hi) {
    return boxed(distinctInts(rng, n, lo, hi));
  }

  /** {@code n} distinct integers from {@code [lo, hi]}, ascending. */
  public static List<Integer> distinctSorted(SplittableRandom rng, int n, int lo, int hi) {
    int[] v = distinctInts(rng, n, lo, hi);
    Arrays.sort(v);
    return boxed(v);
  }

  /**
   * The draws of {@link #distinct}, as {@code int}s: values are drawn until {@code n} differ, and
   * kept in the order drawn. Membership is kept in an open-addressing table of {@code int}s (a
   * {@code HashSet<Integer>} and a sort of boxed values were a tenth of generating a binary-search
   * sample); any exact membership test keeps the same values.
   */
  private static int[] distinctInts(SplittableRandom rng, int n, int lo, int hi) {
    if ((long) hi - lo + 1 < n) {
      throw new IllegalArgumentException("range too small for " + n + " distinct values");
    }
    int[] out = new int[n];
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
    int[] slots = new int[capacity];
    boolean[] used = new boolean[capacity];
    int mask = capacity - 1;
    int count = 0;
    while (count < n) {
      int v = rng.nextInt(lo, hi + 1);
      int at = (v * 0x9E3779B9) >>> 7 & mask;
      while (used[at] && slots[at] != v) {
        at = (at + 1) & mask;
      }
      if (!used[at]) {
        used[at] = true;
        slots[at] = v;
        out[count++] = v;
      }
    }
    return out;
  }

  private static List<Integer> boxed(int[] v) {
    List<Integer> out = new ArrayList<>(v.length);
    for (int x : v) {
      out.add(x);
    }
    return out;
  }

  /** A string of {@code n} random decimal digits, the first non-zero when {@code n > 1}. */
  public static String digits(SplittableRandom rng, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + rng.nextInt(10));
    }
    if (n > 1 && c[0] == '0') {
      c[0] = (char) ('1' + rng.nextInt(9));
    }
    return new String(c);
  }

  /** A string of {@code n} characters, each drawn uniformly from {@code alphabet}. */
  public static String letters(SplittableRandom rng, int n, String alphabet) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet.charAt(rng.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  /** An element of a list. */
  public static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }
}
