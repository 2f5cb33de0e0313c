package dev.tmi.synth;

import dev.tmi.engine.task.Split;
import java.util.EnumMap;
import java.util.Map;

/**
 * The S:M:L proportions of a training set, e.g. {@code 8:1:1}; {@code 1:0:0} (the default) trains
 * on S only, as the paper does by default.
 *
 * @param s weight of S
 * @param m weight of M
 * @param l weight of L
 */
public record Mix(int s, int m, int l) {
  /** Training on S only. */
  public static final Mix S_ONLY = new Mix(1, 0, 0);

  public Mix {
    if (s < 0 || m < 0 || l < 0 || s + m + l == 0) {
      throw new IllegalArgumentException(
          "mixture weights must be non-negative and not all zero, got " + s + ":" + m + ":" + l);
    }
  }

  /**
   * Parses {@code S:M:L}, e.g. {@code 8:1:1}.
   *
   * @throws IllegalArgumentException with a message naming the problem
   */
  public static Mix parse(String text) {
    String[] p = text.strip().split(":");
    if (p.length != 3) {
      throw new IllegalArgumentException(
          "malformed mixture '" + text + "': expected three weights S:M:L, e.g. 8:1:1");
    }
    try {
      return new Mix(
          Integer.parseInt(p[0].strip()),
          Integer.parseInt(p[1].strip()),
          Integer.parseInt(p[2].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "malformed mixture '" + text + "': weights must be integers, e.g. 8:1:1");
    }
  }

  /** The weight of a split. */
  public int weight(Split split) {
    return switch (split) {
      case S -> s;
      case M -> m;
      case L -> l;
    };
  }

  /**
   * Splits {@code total} samples by the weights, by largest remainder, so the counts add up exactly
   * and ties go to the shorter split.
   */
  public Map<Split, Integer> counts(int total) {
    int sum = s + m + l;
    Map<Split, Integer> out = new EnumMap<>(Split.class);
    long[] rem = new long[3];
    int given = 0;
    for (Split sp : Split.values()) {
      long exact = (long) total * weight(sp);
      out.put(sp, (int) (exact / sum));
      rem[sp.ordinal()] = exact % sum;
      given += out.get(sp);
    }
    while (given < total) {
      Split best = null;
      for (Split sp : Split.values()) {
        if (weight(sp) > 0 && (best == null || rem[sp.ordinal()] > rem[best.ordinal()])) {
          best = sp;
        }
      }
      out.merge(best, 1, Integer::sum);
      rem[best.ordinal()] = -1;
      given++;
    }
    return out;
  }

  @Override
  public String toString() {
    return s + ":" + m + ":" + l;
  }
}
