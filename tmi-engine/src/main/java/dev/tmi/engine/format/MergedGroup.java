package dev.tmi.engine.format;

import dev.tmi.engine.machine.NameIndex;
import java.util.Arrays;

/**
 * What the open group of merged states read from outside itself, in order and once each, and the
 * last value of each cell it wrote, in the order of first writes: the one step the "without Atomic
 * State" ablation shows for the group.
 *
 * <p>Groups name the same cells again and again (each group of columns, each round), so the names
 * keep their positions from group to group and from sample to sample, and a new group only starts a
 * new generation of the index's marks: one probe per step, and nothing to clear.
 *
 * <p>Not thread-safe: a scribe runs on one thread.
 */
final class MergedGroup {
  private final NameIndex names = new NameIndex(16);
  // Per name position: whether the open group wrote it (valid while the position is marked, that
  // is, touched by the open group), and the value it read or last wrote.
  private boolean[] written = new boolean[16];
  private String[] readValues = new String[16];
  private String[] writtenValues = new String[16];

  // The positions read and written by the open group, in order.
  private int[] reads = new int[16];
  private int readCount;
  private int[] writes = new int[16];
  private int writeCount;

  /** A cell was read: it counts as read by the group unless the group touched it before. */
  void read(String name, String value) {
    int p = position(name);
    if (names.mark(p)) {
      written[p] = false;
      readValues[p] = value;
      reads = add(reads, readCount++, p);
    }
  }

  /** A cell was written. */
  void write(String name, String value) {
    int p = position(name);
    if (names.mark(p)) {
      written[p] = false;
    }
    if (!written[p]) {
      written[p] = true;
      writes = add(writes, writeCount++, p);
    }
    writtenValues[p] = value;
  }

  /** The number of cells the group read from outside itself. */
  int readCount() {
    return readCount;
  }

  /** The name of the i-th cell read. */
  String readName(int i) {
    return names.nameAt(reads[i]);
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
    return names.nameAt(writes[i]);
  }

  /** The last value written to the i-th cell written. */
  String writeValue(int i) {
    return writtenValues[writes[i]];
  }

  /** Starts a new group: nothing read or written. */
  void clear() {
    readCount = 0;
    writeCount = 0;
    names.nextGeneration();
  }

  private int position(String name) {
    int p = names.intern(name);
    if (p == written.length) {
      int n = p * 2;
      written = Arrays.copyOf(written, n);
      readValues = Arrays.copyOf(readValues, n);
      writtenValues = Arrays.copyOf(writtenValues, n);
    }
    return p;
  }

  private static int[] add(int[] list, int i, int p) {
    int[] l = i == list.length ? Arrays.copyOf(list, i * 2) : list;
    l[i] = p;
    return l;
  }
}
