package dev.tmi.engine.machine;

import java.util.Arrays;

/**
 * A running machine's memory: cells by name, each holding a value, emptied between runs.
 *
 * <p>Each name has a position, numbered from 0 in the order this memory first met the names; a
 * machine finds a cell's position ({@link #find}, {@link #store}) and then reads the value there. A
 * handle ({@link Cell}) finds its position with one array read once the memory has met its name.
 *
 * <p>A machine runs one task sample after sample, and each run names the same cells again ({@code
 * a0}, {@code a1}, ...). So emptying the memory forgets the values but keeps the names at their
 * positions: a value counts only if it was stored in the current run (its position is marked), and
 * a name is new only the first time this memory meets it. Re-adding the names of every run,
 * checking them, and clearing their slots had cost about a tenth of running a small algorithm.
 *
 * <p>Not thread-safe: a machine runs one algorithm on one thread.
 */
final class Memory {
  /** Handles numbered from here on are found by name every time. */
  static final int MAX_REMEMBERED = 1 << 20;

  private final NameIndex names = new NameIndex(64);
  private Val[] values = new Val[64];
  // By handle number (Cell#id): the position of the handle's name + 1, or 0 if not known yet.
  // Valid while the names keep their positions, that is, until they are forgotten.
  private int[] positions = new int[256];

  /** The position of a cell that holds a value in this run, or -1. */
  int find(String name) {
    int p = names.indexOf(name);
    return p >= 0 && names.isMarked(p) ? p : -1;
  }

  /** The position of a cell that holds a value in this run, or -1. */
  int find(Cell cell) {
    int p = positionOf(cell);
    return p >= 0 && names.isMarked(p) ? p : -1;
  }

  /** The value at a position {@link #find} gave. */
  Val at(int position) {
    return values[position];
  }

  /**
   * The value at a position {@link #find} gave, as read from the cell {@code name} ({@linkplain
   * Val#ref() ref} {@code name}). The value read is kept in the cell, so that reading a cell again
   * before it is written again makes no new value: tasks read the same cells (a target letter, a
   * running count, the weights of a knapsack) in step after step.
   */
  Val readAt(int position, String name) {
    Val v = values[position];
    // Names usually come from caches, so an identity compare nearly always decides; an equal name
    // that is another string only costs a new value.
    if (v.ref() != name) {
      v = v.from(name);
      values[position] = v;
    }
    return v;
  }

  /**
   * Stores a value in a cell; {@link #names()} grows if this memory had never met the name, in this
   * run or an earlier one.
   *
   * @return the cell's position
   */
  int store(String name, Val value) {
    return storeAt(names.intern(name), value);
  }

  /** Stores a value in a cell given by handle, as {@link #store(String, Val)}. */
  int store(Cell cell, Val value) {
    int p = remembered(cell.id());
    if (p < 0) {
      p = names.intern(cell.name());
      remember(cell.id(), p);
    }
    return storeAt(p, value);
  }

  private int storeAt(int p, Val value) {
    if (p >= values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, p + 1));
    }
    values[p] = value;
    names.mark(p);
    return p;
  }

  /** The position of a handle's name, or -1 if this memory has not met it. */
  private int positionOf(Cell cell) {
    int p = remembered(cell.id());
    if (p < 0) {
      p = names.indexOf(cell.name());
      if (p >= 0) {
        remember(cell.id(), p);
      }
    }
    return p;
  }

  /** The position remembered for a handle number, or -1. */
  private int remembered(int id) {
    return id >= 0 && id < positions.length ? positions[id] - 1 : -1;
  }

  private void remember(int id, int position) {
    // A program that made handles per step instead of keeping them would otherwise grow the array
    // without bound; past this many, handles are found by name.
    if (id < 0 || id >= MAX_REMEMBERED) {
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
      // The names were forgotten (past NameIndex.MAX_NAMES), and with them the positions.
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
