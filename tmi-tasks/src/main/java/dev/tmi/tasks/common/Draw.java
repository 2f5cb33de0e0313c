package dev.tmi.tasks.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random draws shared by several tasks. */
public final class Draw {
  private Draw() {}

  /** {@code n} distinct integers from {@code [lo, hi]}, in random order. */
  public static List<Integer> distinct(SplittableRandom rng, int n, int lo, int hi) {
    if ((long) hi - lo + 1 < n) {
      throw new IllegalArgumentException("range too small for " + n + " distinct values");
    }
    Set<Integer> seen = new HashSet<>(n * 2);
    List<Integer> out = new ArrayList<>(n);
    while (out.size() < n) {
      int v = rng.nextInt(lo, hi + 1);
      if (seen.add(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** {@code n} distinct integers from {@code [lo, hi]}, ascending. */
  public static List<Integer> distinctSorted(SplittableRandom rng, int n, int lo, int hi) {
    List<Integer> out = distinct(rng, n, lo, hi);
    out.sort(null);
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
