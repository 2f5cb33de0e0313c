package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * Memory cells: names mapped to literals, kept in the order each name was first stored. The machine
 * fetches or writes a cell in nearly every step, and {@link java.util.HashMap} allocated a node per
 * new cell and took its generic path on each access. Here a lookup is a probe of a {@code long}
 * table by open addressing, each slot holding a name's hash code beside its position, so that a
 * probe past another name compares numbers; and since names come from caches and string constants,
 * a lookup usually ends at an identity compare.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
public final class Cells {
  private String[] names;
  private String[] values;
  private int size;
  // Slot -> the name's hash code (high half) and its position + 1 in names and values (low
  // half); 0 marks an empty slot. At most half full.
  private long[] table;

  /** An empty map with room for about {@code expected} cells before it grows. */
  public Cells(int expected) {
    int n = Math.max(4, expected);
    names = new String[n];
    values = new String[n];
    table = new long[Integer.highestOneBit(n * 2 - 1) << 1];
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

  /** The position of a cell among those stored ({@link #nameAt}), or -1 if it was never stored. */
  public int indexOf(String name) {
    return position(name);
  }

  /**
   * The position of a cell, storing it with no value first if it was never stored.
   *
   * @see #size() which grows by one when the cell is new
   */
  public int intern(String name) {
    int h = name.hashCode();
    int i = probe(name, h);
    long e = table[i];
    if (e != 0) {
      return (int) e - 1;
    }
    add(i, h, name, null);
    return size - 1;
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
    int h = name.hashCode();
    int i = probe(name, h);
    long e = table[i];
    if (e != 0) {
      int p = (int) e - 1;
      String old = values[p];
      values[p] = value;
      return old;
    }
    add(i, h, name, value);
    return null;
  }

  /**
   * Stores a literal in a cell unless it was stored already.
   *
   * @return whether the cell is new
   */
  public boolean putIfAbsent(String name, String value) {
    int h = name.hashCode();
    int i = probe(name, h);
    if (table[i] != 0) {
      return false;
    }
    add(i, h, name, value);
    return true;
  }

  /** Removes every cell, keeping the capacity. */
  public void clear() {
    if (size * 8 < table.length) {
      // Few cells in a large table: empty their slots only.
      int mask = table.length - 1;
      for (int p = 0; p < size; p++) {
        int i = slot(names[p].hashCode(), mask);
        while ((int) table[i] != p + 1) {
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
    return (int) table[probe(name, name.hashCode())] - 1;
  }

  /** The slot that holds the name, or the empty slot where it would go. */
  private int probe(String name, int h) {
    long[] t = table;
    int mask = t.length - 1;
    for (int i = slot(h, mask); ; i = (i + 1) & mask) {
      long e = t[i];
      if (e == 0) {
        return i;
      }
      if ((int) (e >>> 32) == h) {
        String key = names[(int) e - 1];
        if (key == name || key.equals(name)) {
          return i;
        }
      }
    }
  }

  private void add(int slot, int hash, String name, String value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    table[slot] = entry(hash, ++size);
    if (size * 2 > table.length) {
      rehash(table.length * 2);
    }
  }

  private void rehash(int capacity) {
    long[] t = new long[capacity];
    int mask = capacity - 1;
    for (long e : table) {
      if (e != 0) {
        int i = slot((int) (e >>> 32), mask);
        while (t[i] != 0) {
          i = (i + 1) & mask;
        }
        t[i] = e;
      }
    }
    table = t;
  }

  private static long entry(int hash, int positionPlusOne) {
    return (long) hash << 32 | positionPlusOne;
  }

  /**
   * The first slot to probe. Names such as {@code a3} and {@code a4} have nearby hash codes, which
   * linear probing handles well, so only the high bits are folded in.
   */
  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
