package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * A family of cells named by two indices, such as {@code dp[9][5]}, whose handles ({@link Cell})
 * are made once and then served from arrays: the table of a dynamic programme. Tasks keep one grid
 * per table in a constant.
 *
 * <p>Thread-safe, as {@link Cells} is.
 */
public final class CellGrid {
  /** Cells with an index from here on get handles without a number, made per call. */
  static final int MAX_INDEX = 1 << 12;

  private final String array;
  private Cell[][] rows = new Cell[16][];

  private CellGrid(String array) {
    this.array = array;
  }

  /** Cells named {@code array[i][j]}, as {@link Names#cell(String, int, int)} spells them. */
  public static CellGrid of(String array) {
    return new CellGrid(array);
  }

  /**
   * The cell at {@code (i, j)}.
   *
   * @throws IllegalArgumentException if an index is negative
   */
  public Cell at(int i, int j) {
    Cell[][] r = rows;
    if (i >= 0 && i < r.length) {
      Cell[] row = r[i];
      if (row != null && j >= 0 && j < row.length) {
        Cell cell = row[j];
        if (cell != null) {
          return cell;
        }
      }
    }
    return make(i, j);
  }

  private Cell make(int i, int j) {
    if (i < 0 || j < 0) {
      throw new IllegalArgumentException("negative index (" + i + ", " + j + ")");
    }
    if (i >= MAX_INDEX || j >= MAX_INDEX) {
      return Cell.unnumbered(Names.cell(array, i, j));
    }
    synchronized (this) {
      Cell[][] r = rows;
      if (i >= r.length) {
        r = Arrays.copyOf(r, Math.max(r.length * 2, Integer.highestOneBit(i) << 1));
      }
      Cell[] row = r[i];
      if (row == null) {
        row = new Cell[Math.max(16, Integer.highestOneBit(j) << 1)];
      } else if (j >= row.length) {
        row = Arrays.copyOf(row, Math.max(row.length * 2, Integer.highestOneBit(j) << 1));
      }
      Cell cell = row[j];
      if (cell == null) {
        cell = Cell.named(Names.cell(array, i, j));
        row[j] = cell;
      }
      // A grown row goes into the rows before they are published, so a reader that sees the new
      // rows sees the row; one that sees the old ones misses and comes here.
      r[i] = row;
      rows = r;
      return cell;
    }
  }
}
