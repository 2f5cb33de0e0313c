package dev.tmi.engine.machine;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A family of cells named by one index, such as {@code a0, a1, ...} or {@code prime[0], prime[1],
 * ...}, whose handles ({@link Cell}) are made once and then served from an array. Tasks keep one
 * family per array of their algorithm in a constant.
 *
 * <p>Thread-safe: tasks run on every core at once. Handles are immutable, so a thread that sees one
 * in the array sees it whole; a thread that misses one makes it under the family's lock.
 */
public final class Cells {
  /** Indices from here on get handles without a number, made per call. */
  static final int MAX_INDEX = 1 << 16;

  private final IntFunction<String> naming;
  private Cell[] cells = new Cell[16];

  private Cells(IntFunction<String> naming) {
    this.naming = naming;
  }

  /** Cells named by a prefix and an index, {@code a3}, as {@link Names#indexed} spells them. */
  public static Cells indexed(String prefix) {
    return new Cells(i -> Names.indexed(prefix, i));
  }

  /** Cells named as array elements, {@code prime[3]}, as {@link Names#cell(String, int)} does. */
  public static Cells array(String array) {
    return new Cells(i -> Names.cell(array, i));
  }

  /**
   * The cell at an index.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public Cell at(int i) {
    Cell[] c = cells;
    if (i >= 0 && i < c.length) {
      Cell cell = c[i];
      if (cell != null) {
        return cell;
      }
    }
    return make(i);
  }

  private Cell make(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("negative index " + i);
    }
    if (i >= MAX_INDEX) {
      return Cell.unnumbered(naming.apply(i));
    }
    synchronized (this) {
      Cell[] c = cells;
      if (i >= c.length) {
        c = Arrays.copyOf(c, Math.max(c.length * 2, Integer.highestOneBit(i) << 1));
      }
      Cell cell = c[i];
      if (cell == null) {
        cell = Cell.named(naming.apply(i));
        c[i] = cell;
      }
      cells = c;
      return cell;
    }
  }
}
