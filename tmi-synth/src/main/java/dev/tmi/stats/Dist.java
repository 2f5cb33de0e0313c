package dev.tmi.stats;

import java.util.Arrays;

/**
 * A summary of counts: mean, median, 95th percentile and maximum. Percentiles are nearest-rank: the
 * smallest value with at least p% of the values at or below it.
 *
 * @param n how many values
 * @param mean the mean
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param max the maximum
 */
public record Dist(long n, double mean, long p50, long p95, long max) {
  /** An empty summary. */
  public static final Dist EMPTY = new Dist(0, 0, 0, 0, 0);

  /** Summarizes values (the array is sorted in place). */
  public static Dist of(int[] values, int size) {
    if (size == 0) {
      return EMPTY;
    }
    Arrays.sort(values, 0, size);
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return new Dist(
        size,
        (double) sum / size,
        rank(values, size, 50),
        rank(values, size, 95),
        values[size - 1]);
  }

  private static long rank(int[] sorted, int size, int p) {
    int r = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, r - 1)];
  }
}
