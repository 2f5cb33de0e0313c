package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * A running machine's memory: cells by name, each holding a value, emptied between runs.
 *
 * <p>A machine runs one task sample after sample, and each run names the same cells again ({@code
 * a0}, {@code a1}, ...). So emptying the memory forgets the values but keeps the names at their
 * positions: a value counts only if it was stored in the current run (its name is marked), and a
 * name is new only the first time this memory meets it. Re-adding the names of every run, checking
 * them, and clearing their slots had cost about a tenth of running a small algorithm.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
final class Memory {
  private final NameIndex names = new NameIndex(64);
  private Val[] values = new Val[64];
  // By handle number (Cell#id): the position of the handle's name + 1, or 0 if not known yet.
  // Valid while the names keep their positions, that is, until they are forgotten.
  private int[] positions = new int[256];

  /**
   * The value a cell holds in this run, or {@code null} if it was not stored since the start; once
   * read, it is the value as read from the cell ({@link #fetch}), the same literal.
   */
  Val get(String name) {
    int p = names.indexOf(name);
    return p >= 0 && names.isMarked(p) ? values[p] : null;
  }

  /**
   * The value a cell holds in this run as read from it ({@linkplain Val#ref() ref} {@code name}),
   * or {@code null} if it was not stored since the start. The value read is kept in the cell, so
   * that reading a cell again before it is written again makes no new value: tasks read the same
   * cells (a target letter, a running count, the weights of a knapsack) in step after step.
   */
  Val fetch(String name) {
    int p = names.indexOf(name);
    if (p < 0 || !names.isMarked(p)) {
      return null;
    }
    Val v = values[p];
    // Names usually come from caches, so an identity compare nearly always decides; an equal name
    // that is another string only costs a new value.
    if (v.ref() != name) {
      v = v.from(name);
      values[p] = v;
    }
    return v;
  }

  /** The value a cell holds in this run, as {@link #get(String)}. */
  Val get(Cell cell) {
    int p = positionOf(cell);
    return p >= 0 && names.isMarked(p) ? values[p] : null;
  }

  /** The value a cell holds in this run as read from it, as {@link #fetch(String)}. */
  Val fetch(Cell cell) {
    int p = positionOf(cell);
    if (p < 0 || !names.isMarked(p)) {
      return null;
    }
    Val v = values[p];
    String name = cell.name();
    if (v.ref() != name) {
      v = v.from(name);
      values[p] = v;
    }
    return v;
  }

  /** Stores a value in a cell, as {@link #put(String, Val)}. */
  boolean put(Cell cell, Val value) {
    int id = cell.id();
    if (id >= 0 && id < positions.length) {
      int p = positions[id] - 1;
      if (p >= 0) {
        values[p] = value;
        names.mark(p);
        return false;
      }
    }
    int known = names.size();
    int p = store(cell.name(), value);
    remember(id, p);
    return names.size() > known;
  }

  /**
   * Stores a value in a cell.
   *
   * @return whether this memory had never met the name, in this run or an earlier one
   */
  boolean put(String name, Val value) {
    int known = names.size();
    store(name, value);
    return names.size() > known;
  }

  private int store(String name, Val value) {
    int p = names.intern(name);
    if (p == values.length) {
      values = Arrays.copyOf(values, p * 2);
    }
    values[p] = value;
    names.mark(p);
    return p;
  }

  /** The position of a handle's name, or -1 if this memory has not met it. */
  private int positionOf(Cell cell) {
    int id = cell.id();
    if (id >= 0 && id < positions.length) {
      int p = positions[id] - 1;
      if (p >= 0) {
        return p;
      }
    }
    int p = names.indexOf(cell.name());
    if (p >= 0) {
      remember(id, p);
    }
    return p;
  }

  private void remember(int id, int position) {
    if (id < 0) {
      return;
    }
    if (id >= positions.length) {
      positions = Arrays.copyOf(positions, Math.max(positions.length * 2, id + 1));
    }
    positions[id] = position + 1;
  }

  /** Forgets every value: the next run starts with an empty memory. */
  void clear() {
    int known = names.size();
    names.nextGeneration();
    if (names.size() < known) {
      // The names may have been forgotten (past NameIndex.MAX_NAMES), and with them the positions.
      Arrays.fill(positions, 0);
    }
  }

  /**
   * Forgets every value and every name, so that each name is new again: a machine does this when a
   * name fails its check, so that the name is checked again if the machine is used again.
   */
  void forget() {
    names.clear();
    Arrays.fill(positions, 0);
  }

  /** The number of names this memory has met since it last forgot them. */
  int names() {
    return names.size();
  }
}
