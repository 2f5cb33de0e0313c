package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * A running machine's memory: cells by name, each holding a value, emptied between runs.
 *
 * <p>A machine runs one task sample after sample, and each run names the same cells again ({@code
 * a0}, {@code a1}, ...). So emptying the memory forgets the values but keeps the names at their
 * positions: a value counts only if it was stored in the current run (its stamp), and a name is new
 * only the first time this memory meets it. Re-adding the names of every run, checking them, and
 * clearing their slots had cost about a tenth of running a small algorithm.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
final class Memory {
  /** Past this many names, emptying the memory also forgets them, so that it stays small. */
  static final int MAX_NAMES = 1 << 14;

  private final NameIndex names = new NameIndex(64);
  private Val[] values = new Val[64];
  private int[] stamps = new int[64];
  private int stamp = 1;

  /** The value a cell holds in this run, or {@code null} if it was not stored since the start. */
  Val get(String name) {
    int p = names.indexOf(name);
    return p >= 0 && stamps[p] == stamp ? values[p] : null;
  }

  /**
   * Stores a value in a cell.
   *
   * @return whether this memory had never met the name, in this run or an earlier one
   */
  boolean put(String name, Val value) {
    int known = names.size();
    int p = names.intern(name);
    if (p == values.length) {
      values = Arrays.copyOf(values, p * 2);
      stamps = Arrays.copyOf(stamps, p * 2);
    }
    values[p] = value;
    stamps[p] = stamp;
    return names.size() > known;
  }

  /** Forgets every value: the next run starts with an empty memory. */
  void clear() {
    stamp++;
    if (stamp == Integer.MAX_VALUE || names.size() > MAX_NAMES) {
      forget();
    }
  }

  /**
   * Forgets every value and every name, so that each name is new again: a machine does this when a
   * name fails its check, so that the name is checked again if the machine is used again.
   */
  void forget() {
    names.clear();
    Arrays.fill(values, null);
    Arrays.fill(stamps, 0);
    stamp = 1;
  }

  /** The number of names this memory has met since it last forgot them. */
  int names() {
    return names.size();
  }
}
