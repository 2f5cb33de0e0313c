package dev.tmi.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * The median of benchmark measurements: the middle value of an odd count, the mean of the two
 * middle values of an even count. Every benchmark reports medians through this one definition, so
 * that two forks never report the faster of the two as their "median".
 */
public final class Median {
  private Median() {}

  /** The median of values (the array is not modified). */
  public static double of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the median of no values");
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int mid = s.length / 2;
    return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }

  /** The median of one field over several measurements. */
  public static <T> double of(Collection<T> measurements, ToDoubleFunction<T> field) {
    return of(measurements.stream().mapToDouble(field).toArray());
  }
}
