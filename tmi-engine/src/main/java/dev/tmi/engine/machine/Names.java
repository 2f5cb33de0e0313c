package dev.tmi.engine.machine;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interned names like {@code a3} or {@code col12}. Traces name thousands of cells and states by
 * prefix and index; building each name once keeps the hot path free of string concatenation and
 * lets the machine's memory reuse cached hash codes.
 */
public final class Names {
  private static final int CACHED = 4096;
  private static final ConcurrentHashMap<String, String[]> CACHE = new ConcurrentHashMap<>();

  private Names() {}

  /** {@code prefix + index}, cached for indices below 4096. */
  public static String indexed(String prefix, int index) {
    if (index < 0 || index >= CACHED) {
      return prefix + index;
    }
    String[] names = CACHE.computeIfAbsent(prefix, p -> new String[CACHED]);
    String n = names[index];
    if (n == null) {
      n = prefix + index;
      names[index] = n;
    }
    return n;
  }
}
