package dev.tmi.engine.machine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Interned names like {@code a3} or {@code col12}. Traces name thousands of cells and states by
 * prefix and index; building each name once keeps the hot path free of string concatenation and
 * lets the machine's memory reuse cached hash codes.
 */
public final class Names {
  private static final int CACHED = 4096;

  /** Slots in a front such as {@link #RECENT}: {@code 1 << FRONT_BITS}. */
  private static final int FRONT_BITS = 7;

  private static final int FRONT = 1 << FRONT_BITS;
  private static final ConcurrentHashMap<String, Prefix> CACHE = new ConcurrentHashMap<>();

  /**
   * A small two-way front for {@link #CACHE}, keyed by the prefix's hash. Tasks pass string
   * constants, so the check is an identity compare and the map is only consulted on a miss. Each
   * prefix may sit in one of two slots: with one slot, two prefixes that a task alternates between
   * could share it (addition's {@code s} and {@code cols} did) and go to the map on every call.
   * Slots hold immutable entries, so a racy read sees either an old or a new complete one.
   */
  private static final Prefix[] RECENT = new Prefix[FRONT];

  private Names() {}

  /** An entry of a front, found by its prefix. */
  private interface Keyed {
    String prefix();
  }

  /**
   * A family of names or labels of one integer index, spelled by one rule, such as {@code pos1,
   * pos2, ...} or {@code call(3)}, each built once and then served from a cache. Tasks that name a
   * state or group per step keep one in a constant ({@code static final Names.Indexed POS =
   * Names.indexed("pos")}): it finds a name with one array read, where {@link #indexed(String,
   * int)} and {@link #call(String, int)} first find the prefix's names by its hash, which had cost
   * count letters' chains of thought about 2-5%.
   */
  public static final class Indexed {
    private final IntFunction<String> rule;
    private final String[] names = new String[CACHED];

    private Indexed(IntFunction<String> rule) {
      this.rule = rule;
    }

    /** The name of {@code index}; cached for indices from 0 to 4095. */
    public String of(int index) {
      if (index < 0 || index >= CACHED) {
        return rule.apply(index);
      }
      String n = names[index];
      if (n == null) {
        // Racing threads may each build the name; any of the equal strings will do.
        n = rule.apply(index);
        names[index] = n;
      }
      return n;
    }
  }

  /** The names of one prefix in {@link #CACHE}. */
  private record Prefix(String prefix, Indexed names) implements Keyed {}

  /**
   * The names {@code prefix + index} of one prefix, such as {@code pos1}: the very strings {@link
   * #indexed(String, int)} gives.
   */
  public static Indexed indexed(String prefix) {
    return prefixed(prefix).names();
  }

  private static Prefix prefixed(String prefix) {
    return CACHE.computeIfAbsent(prefix, k -> new Prefix(k, new Indexed(i -> k + i)));
  }

  /**
   * A family of cached names of one index spelled by {@code rule}, such as {@code i -> "call(" + i
   * + ")"}. The rule must be a pure function of its argument.
   */
  public static Indexed indexed(IntFunction<String> rule) {
    return new Indexed(rule);
  }

  /** The entry of {@code prefix} (whose hash is {@code h}) in a front, or {@code null}. */
  private static <T extends Keyed> T recent(T[] front, String prefix, int h) {
    T e = front[h & (FRONT - 1)];
    if (e != null && (e.prefix() == prefix || e.prefix().equals(prefix))) {
      return e;
    }
    e = front[second(h)];
    return e != null && (e.prefix() == prefix || e.prefix().equals(prefix)) ? e : null;
  }

  /** Puts an entry in a front: in its first slot if free, else in its second. */
  private static <T> void remember(T[] front, int h, T entry) {
    int first = h & (FRONT - 1);
    front[front[first] == null ? first : second(h)] = entry;
  }

  /** The second slot: other bits of the hash, mixed, so that two prefixes rarely share both. */
  private static int second(int h) {
    return (h * 0x9E3779B9) >>> (32 - FRONT_BITS);
  }

  /**
   * The four ways {@link #cell} and {@link #call} join a prefix and indices, each with its names by
   * prefix and a two-way front for them, as {@link #RECENT} is for {@link #indexed}.
   */
  private enum Shape {
    CELL1,
    CELL2,
    CALL1,
    CALL2;

    final ConcurrentHashMap<String, Grid> grids = new ConcurrentHashMap<>();
    final Grid[] recent = new Grid[FRONT];
  }

  /**
   * A one-index name is cached at (index / 256, index % 256) of its {@link Grid}'s family, so that
   * indices up to about 130,000 stay within the family's cache.
   */
  private static final int ROW = 256;

  /** The names of one prefix in one shape: a {@link Family} spelled by the shape. */
  private record Grid(String prefix, Family names) implements Keyed {}

  /** {@code array[i]}, e.g. {@code prime[3]}; cached. */
  public static String cell(String array, int i) {
    return grid(Shape.CELL1, array, i >>> 8, i & (ROW - 1));
  }

  /** {@code array[i][j]}, e.g. {@code dp[9][5]}; cached. */
  public static String cell(String array, int i, int j) {
    return grid(Shape.CELL2, array, i, j);
  }

  /** {@code f(i)}, e.g. {@code D(4)}; cached. */
  public static String call(String f, int i) {
    return grid(Shape.CALL1, f, i >>> 8, i & (ROW - 1));
  }

  /** {@code f(i,j)}, e.g. {@code relax(2,1)}; cached. */
  public static String call(String f, int i, int j) {
    return grid(Shape.CALL2, f, i, j);
  }

  private static String grid(Shape shape, String prefix, int row, int col) {
    int h = prefix.hashCode();
    Grid g = recent(shape.recent, prefix, h);
    if (g == null) {
      g =
          shape.grids.computeIfAbsent(
              prefix, k -> new Grid(k, family((r, c) -> build(shape, k, r, c))));
      remember(shape.recent, h, g);
    }
    return g.names.of(row, col);
  }

  /** The name at cache coordinates {@code (row, col)}: a one-index shape's index is both. */
  private static String build(Shape shape, String prefix, int row, int col) {
    return switch (shape) {
      case CELL1 -> prefix + "[" + (row << 8 | col) + "]";
      case CELL2 -> prefix + "[" + row + "][" + col + "]";
      case CALL1 -> prefix + "(" + (row << 8 | col) + ")";
      case CALL2 -> prefix + "(" + row + "," + col + ")";
    };
  }

  /**
   * A family of names or labels made from two non-negative integers by one rule, such as {@code
   * p47d6} or {@code {0,10}}, each built once and then served from a cache. Tasks whose state or
   * group labels change with every state declare one family per kind of label: building the label
   * by concatenation on every state cost a tenth of writing some chains of thought, and a cached
   * label also lets the machine check it once and compare it by identity.
   */
  public static final class Family {
    private static final int SIDE = 512;

    private final IntBinaryName rule;
    private final String[][] rows = new String[SIDE][];

    private Family(IntBinaryName rule) {
      this.rule = rule;
    }

    /** The name for {@code (i, j)}; cached while both are below 512. */
    public String of(int i, int j) {
      if (i < 0 || j < 0 || i >= SIDE || j >= SIDE) {
        return rule.name(i, j);
      }
      // Racing threads may each allocate a row or build a name; any of them will do.
      String[] row = rows[i];
      if (row == null) {
        row = new String[SIDE];
        rows[i] = row;
      }
      String n = row[j];
      if (n == null) {
        n = rule.name(i, j);
        row[j] = n;
      }
      return n;
    }
  }

  /** How a {@link Family} spells the name of two integers. */
  @FunctionalInterface
  public interface IntBinaryName {
    /** The name of {@code (i, j)}. */
    String name(int i, int j);
  }

  /**
   * A family of cached names spelled by {@code rule}, such as {@code (p, d) -> "p" + p + "d" + d}.
   * The rule must be a pure function of its arguments.
   */
  public static Family family(IntBinaryName rule) {
    return new Family(rule);
  }

  /** {@code prefix + index}, cached for indices below 4096. */
  public static String indexed(String prefix, int index) {
    if (index < 0 || index >= CACHED) {
      return prefix + index;
    }
    int h = prefix.hashCode();
    Prefix p = recent(RECENT, prefix, h);
    if (p == null) {
      p = prefixed(prefix);
      remember(RECENT, h, p);
    }
    return p.names().of(index);
  }
}
