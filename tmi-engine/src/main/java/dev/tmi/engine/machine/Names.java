package dev.tmi.engine.machine;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interned names like {@code a3} or {@code col12}. Traces name thousands of cells and states by
 * prefix and index; building each name once keeps the hot path free of string concatenation and
 * lets the machine's memory reuse cached hash codes.
 */
public final class Names {
  private static final int CACHED = 4096;
  private static final ConcurrentHashMap<String, Prefix> CACHE = new ConcurrentHashMap<>();

  /**
   * A small direct-mapped front for {@link #CACHE}, keyed by the prefix's hash. Tasks pass string
   * constants, so the check is an identity compare and the map is only consulted on a miss. Slots
   * hold immutable {@link Prefix} objects, so a racy read sees either an old or a new complete
   * entry.
   */
  private static final Prefix[] RECENT = new Prefix[64];

  private Names() {}

  /** The names of one prefix; entries are filled on first use. */
  private record Prefix(String prefix, String[] names) {}

  /** {@code prefix + index}, cached for indices below 4096. */
  public static String indexed(String prefix, int index) {
    if (index < 0 || index >= CACHED) {
      return prefix + index;
    }
    int slot = prefix.hashCode() & (RECENT.length - 1);
    Prefix p = RECENT[slot];
    if (p == null || (p.prefix != prefix && !p.prefix.equals(prefix))) {
      p = CACHE.computeIfAbsent(prefix, k -> new Prefix(k, new String[CACHED]));
      RECENT[slot] = p;
    }
    String n = p.names[index];
    if (n == null) {
      // Racing threads may each build the name; any of the equal strings will do.
      n = prefix + index;
      p.names[index] = n;
    }
    return n;
  }
}
