package dev.tmi.engine.format;

import java.util.Arrays;

/**
 * What the open group of merged states read from outside itself, in order and once each, and the
 * last value of each cell it wrote, in the order of first writes: the one step the "without Atomic
 * State" ablation shows for the group.
 *
 * <p>Cells come by their positions in the machine's memory, which stay theirs for the whole run, so
 * what the group knows of a cell is kept in arrays by position, and a new group only starts a new
 * generation of marks: nothing to look up, and nothing to clear. Looking cells up by name had been
 * about a twelfth of writing this ablation in tasks with a cell or two per step.
 *
 * <p>Not thread-safe: a scribe runs on one thread.
 */
final class MergedGroup {
  // Per cell position: the generation of the group that last touched it, whether that group wrote
  // it, its name, and the value it read or last wrote. Valid while the position is marked.
  private int[] marks = new int[16];
  private int generation = 1;
  private boolean[] written = new boolean[16];
  private String[] names = new String[16];
  private String[] readValues = new String[16];
  private String[] writtenValues = new String[16];

  // The positions read and written by the open group, in order.
  private int[] reads = new int[16];
  private int readCount;
  private int[] writes = new int[16];
  private int writeCount;

  /** A cell was read: it counts as read by the group unless the group touched it before. */
  void read(int cell, String name, String value) {
    if (touch(cell, name)) {
      readValues[cell] = value;
      reads = add(reads, readCount++, cell);
    }
  }

  /** A cell was written. */
  void write(int cell, String name, String value) {
    touch(cell, name);
    if (!written[cell]) {
      written[cell] = true;
      writes = add(writes, writeCount++, cell);
    }
    writtenValues[cell] = value;
  }

  /** The number of cells the group read from outside itself. */
  int readCount() {
    return readCount;
  }

  /** The name of the i-th cell read. */
  String readName(int i) {
    return names[reads[i]];
  }

  /** The value of the i-th cell read. */
  String readValue(int i) {
    return readValues[reads[i]];
  }

  /** The number of cells the group wrote. */
  int writeCount() {
    return writeCount;
  }

  /** The name of the i-th cell written, in the order of first writes. */
  String writeName(int i) {
    return names[writes[i]];
  }

  /** The last value written to the i-th cell written. */
  String writeValue(int i) {
    return writtenValues[writes[i]];
  }

  /** Starts a new group: nothing read or written. */
  void clear() {
    readCount = 0;
    writeCount = 0;
    if (++generation == Integer.MAX_VALUE) {
      Arrays.fill(marks, 0);
      generation = 1;
    }
  }

  /** Marks a cell touched by the open group; whether it was not before. */
  private boolean touch(int cell, String name) {
    if (cell >= marks.length) {
      int n = Math.max(marks.length * 2, cell + 1);
      marks = Arrays.copyOf(marks, n);
      written = Arrays.copyOf(written, n);
      names = Arrays.copyOf(names, n);
      readValues = Arrays.copyOf(readValues, n);
      writtenValues = Arrays.copyOf(writtenValues, n);
    }
    if (marks[cell] == generation) {
      return false;
    }
    marks[cell] = generation;
    written[cell] = false;
    names[cell] = name;
    return true;
  }

  private static int[] add(int[] list, int i, int p) {
    int[] l = i == list.length ? Arrays.copyOf(list, i * 2) : list;
    l[i] = p;
    return l;
  }
}
