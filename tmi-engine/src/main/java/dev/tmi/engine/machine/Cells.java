package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * Memory cells: names mapped to literals, kept in the order each name was first stored. The machine
 * fetches or writes a cell in nearly every step, and {@link java.util.HashMap} allocated a node per
 * new cell and took its generic path on each access. Here a lookup is a probe of an {@code int}
 * table by open addressing, and since names come from caches and string constants it usually ends
 * at an identity compare.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
public final class Cells {
  private String[] names;
  private String[] values;
  private int size;
  // Slot -> position + 1 in names and values; 0 marks an empty slot. At most half full.
  private int[] table;

  /** An empty map with room for about {@code expected} cells before it grows. */
  public Cells(int expected) {
    int n = Math.max(4, expected);
    names = new String[n];
    values = new String[n];
    table = new int[Integer.highestOneBit(n * 2 - 1) << 1];
  }

  /** The number of cells. */
  public int size() {
    return size;
  }

  /** The name of the i-th cell stored, {@code 0 <= i < size()}. */
  public String nameAt(int i) {
    return names[i];
  }

  /** The literal the i-th cell stored holds now. */
  public String valueAt(int i) {
    return values[i];
  }

  /** The literal a cell holds, or {@code null} if it was never stored. */
  public String get(String name) {
    int p = position(name);
    return p < 0 ? null : values[p];
  }

  /** Whether the cell was stored. */
  public boolean contains(String name) {
    return position(name) >= 0;
  }

  /**
   * Stores a literal in a cell.
   *
   * @return the literal it held, or {@code null} if it is new
   */
  public String put(String name, String value) {
    int[] t = table;
    int mask = t.length - 1;
    int i = slot(name, mask);
    for (int e; (e = t[i]) != 0; i = (i + 1) & mask) {
      String key = names[e - 1];
      if (key == name || key.equals(name)) {
        String old = values[e - 1];
        values[e - 1] = value;
        return old;
      }
    }
    add(i, name, value);
    return null;
  }

  /**
   * Stores a literal in a cell unless it was stored already.
   *
   * @return whether the cell is new
   */
  public boolean putIfAbsent(String name, String value) {
    int[] t = table;
    int mask = t.length - 1;
    int i = slot(name, mask);
    for (int e; (e = t[i]) != 0; i = (i + 1) & mask) {
      String key = names[e - 1];
      if (key == name || key.equals(name)) {
        return false;
      }
    }
    add(i, name, value);
    return true;
  }

  /** Removes every cell, keeping the capacity. */
  public void clear() {
    if (size * 8 < table.length) {
      // Few cells in a large table: empty their slots only.
      int mask = table.length - 1;
      for (int p = 0; p < size; p++) {
        int i = slot(names[p], mask);
        while (table[i] != p + 1) {
          i = (i + 1) & mask;
        }
        table[i] = 0;
      }
    } else {
      Arrays.fill(table, 0);
    }
    Arrays.fill(names, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  private int position(String name) {
    int[] t = table;
    int mask = t.length - 1;
    for (int i = slot(name, mask), e; (e = t[i]) != 0; i = (i + 1) & mask) {
      String key = names[e - 1];
      if (key == name || key.equals(name)) {
        return e - 1;
      }
    }
    return -1;
  }

  private void add(int slot, String name, String value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    table[slot] = ++size;
    if (size * 2 > table.length) {
      rehash(table.length * 2);
    }
  }

  private void rehash(int capacity) {
    int[] t = new int[capacity];
    int mask = capacity - 1;
    for (int p = 0; p < size; p++) {
      int i = slot(names[p], mask);
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = p + 1;
    }
    table = t;
  }

  /**
   * The first slot to probe. Names such as {@code a3} and {@code a4} have nearby hash codes, which
   * linear probing handles well, so only the high bits are folded in.
   */
  private static int slot(String name, int mask) {
    int h = name.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
