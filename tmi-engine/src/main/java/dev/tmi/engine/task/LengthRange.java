package dev.tmi.engine.task;

import java.util.SplittableRandom;

/**
 * An inclusive range of lengths.
 *
 * @param min the smallest length
 * @param max the largest length
 */
public record LengthRange(int min, int max) {
  public LengthRange {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad length range " + min + "-" + max);
    }
  }

  /** A uniformly drawn length. */
  public int draw(SplittableRandom rng) {
    return min == max ? min : rng.nextInt(min, max + 1);
  }

  /** Whether the length lies in the range. */
  public boolean contains(int n) {
    return n >= min && n <= max;
  }

  @Override
  public String toString() {
    return min + "-" + max;
  }

  /** Parses {@code 10-30}. */
  public static LengthRange parse(String s) {
    String[] p = s.strip().split("-");
    if (p.length != 2) {
      throw new IllegalArgumentException("expected a range like 10-30, got '" + s + "'");
    }
    try {
      return new LengthRange(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a range like 10-30, got '" + s + "'");
    }
  }
}
