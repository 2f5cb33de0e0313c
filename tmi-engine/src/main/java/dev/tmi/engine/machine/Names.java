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

  /**
   * The four ways {@link #cell} and {@link #call} join a prefix and indices, each with its names by
   * prefix and a direct-mapped front for them, as {@link #RECENT} is for {@link #indexed}.
   */
  private enum Shape {
    CELL1,
    CELL2,
    CALL1,
    CALL2;

    final ConcurrentHashMap<String, Grid> grids = new ConcurrentHashMap<>();
    final Grid[] recent = new Grid[64];
  }

  /** Side of a {@link Grid}: indices from 0 to 255 are cached, two of them or one up to 65,535. */
  private static final int SIDE = 256;

  /** The names of one prefix in one shape, built on first use, rows allocated on first use. */
  private record Grid(String prefix, String[][] rows) {}

  /** {@code array[i]}, e.g. {@code prime[3]}; cached. */
  public static String cell(String array, int i) {
    return grid(Shape.CELL1, array, i >>> 8, i & (SIDE - 1), i, 0);
  }

  /** {@code array[i][j]}, e.g. {@code dp[9][5]}; cached. */
  public static String cell(String array, int i, int j) {
    return grid(Shape.CELL2, array, i, j, i, j);
  }

  /** {@code f(i)}, e.g. {@code D(4)}; cached. */
  public static String call(String f, int i) {
    return grid(Shape.CALL1, f, i >>> 8, i & (SIDE - 1), i, 0);
  }

  /** {@code f(i,j)}, e.g. {@code relax(2,1)}; cached. */
  public static String call(String f, int i, int j) {
    return grid(Shape.CALL2, f, i, j, i, j);
  }

  private static String grid(Shape shape, String prefix, int row, int col, int i, int j) {
    if (i < 0 || j < 0 || row >= SIDE || col >= SIDE) {
      return build(shape, prefix, i, j);
    }
    Grid[] recent = shape.recent;
    int slot = prefix.hashCode() & (recent.length - 1);
    Grid g = recent[slot];
    if (g == null || (g.prefix != prefix && !g.prefix.equals(prefix))) {
      g = shape.grids.computeIfAbsent(prefix, k -> new Grid(k, new String[SIDE][]));
      recent[slot] = g;
    }
    // Racing threads may each allocate a row or build a name; any of them will do.
    String[] names = g.rows[row];
    if (names == null) {
      names = new String[SIDE];
      g.rows[row] = names;
    }
    String n = names[col];
    if (n == null) {
      n = build(shape, prefix, i, j);
      names[col] = n;
    }
    return n;
  }

  private static String build(Shape shape, String prefix, int i, int j) {
    return switch (shape) {
      case CELL1 -> prefix + "[" + i + "]";
      case CELL2 -> prefix + "[" + i + "][" + j + "]";
      case CALL1 -> prefix + "(" + i + ")";
      case CALL2 -> prefix + "(" + i + "," + j + ")";
    };
  }

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
