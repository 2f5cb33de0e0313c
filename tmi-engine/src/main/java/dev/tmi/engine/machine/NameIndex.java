package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * Cell names numbered in the order they were first met: a machine's memory and a scribe's merged
 * groups keep their values in arrays by these positions. A machine finds a cell in nearly every
 * step, and {@link java.util.HashMap} allocated a node per new name and took its generic path on
 * each access. Here a lookup is a probe of a {@code long} table by open addressing, each slot
 * holding a name's hash code beside its position, so that a probe past another name compares
 * numbers; and since names come from caches and string constants, a lookup usually ends at an
 * identity compare.
 *
 * <p>Users that meet the same names run after run (a machine's memory, a scribe's merged groups)
 * keep them, and tell this run's names from earlier ones by marks: a position is marked in the
 * current generation or not, and a new generation unmarks every position at once.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
public final class NameIndex {
  /** Past this many names, a new generation also forgets them, so that the index stays small. */
  static final int MAX_NAMES = 1 << 14;

  private String[] names;
  // Per position, the generation that last marked it.
  private int[] marks;
  private int generation = 1;
  private int size;
  // Slot -> the name's hash code (high half) and its position + 1 in names (low half); 0 marks an
  // empty slot. At most half full.
  private long[] table;
  // 32 - log2(table.length): slots take the top bits of the hash code times the golden ratio.
  private int shift;

  /** An empty index with room for about {@code expected} names before it grows. */
  public NameIndex(int expected) {
    int n = Math.max(4, expected);
    names = new String[n];
    marks = new int[n];
    table = new long[Integer.highestOneBit(n * 2 - 1) << 1];
    shift = 32 - Integer.numberOfTrailingZeros(table.length);
  }

  /** The number of names. */
  public int size() {
    return size;
  }

  /** The name at a position, {@code 0 <= i < size()}. */
  public String nameAt(int i) {
    return names[i];
  }

  /** The position of a name, or -1 if it was never met. */
  public int indexOf(String name) {
    return (int) table[probe(name, name.hashCode())] - 1;
  }

  /** The position of a name, numbering it next ({@link #size()} grows by one) if it is new. */
  public int intern(String name) {
    int h = name.hashCode();
    int i = probe(name, h);
    long e = table[i];
    if (e != 0) {
      return (int) e - 1;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      marks = Arrays.copyOf(marks, size * 2);
    }
    names[size] = name;
    table[i] = (long) h << 32 | ++size;
    if (size * 2 > table.length) {
      rehash(table.length * 2);
    }
    return size - 1;
  }

  /**
   * Marks a position in the current generation.
   *
   * @return whether it was unmarked
   */
  public boolean mark(int i) {
    if (marks[i] == generation) {
      return false;
    }
    marks[i] = generation;
    return true;
  }

  /** Whether a position is marked in the current generation. */
  public boolean isMarked(int i) {
    return marks[i] == generation;
  }

  /**
   * Starts a new generation: no position is marked. Past {@link #MAX_NAMES} names (or after
   * billions of generations) it also forgets the names.
   */
  public void nextGeneration() {
    if (++generation == Integer.MAX_VALUE || size > MAX_NAMES) {
      clear();
    }
  }

  /** Forgets every name and mark, keeping the capacity. */
  public void clear() {
    Arrays.fill(table, 0);
    Arrays.fill(names, 0, size, null);
    Arrays.fill(marks, 0);
    generation = 1;
    size = 0;
  }

  /** The slot that holds the name, or the empty slot where it would go. */
  private int probe(String name, int h) {
    long[] t = table;
    int mask = t.length - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
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

  private void rehash(int capacity) {
    long[] t = new long[capacity];
    int mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    for (long e : table) {
      if (e != 0) {
        int i = slot((int) (e >>> 32));
        while (t[i] != 0) {
          i = (i + 1) & mask;
        }
        t[i] = e;
      }
    }
    table = t;
  }

  /**
   * The first slot to probe, by Fibonacci hashing. Names such as {@code a3} and {@code a4} have
   * consecutive hash codes, and families of them ({@code a*}, {@code b*}, {@code s*}) fill runs a
   * fixed distance apart: taken as they are, the runs met and lookups in addition's memory probed
   * 2.4 slots on average; spread by the multiplication, 1.1.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
