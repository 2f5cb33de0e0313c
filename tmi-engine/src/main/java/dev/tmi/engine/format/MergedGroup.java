package dev.tmi.engine.format;

import dev.tmi.engine.machine.NameIndex;
import java.util.Arrays;

/**
 * What the open group of merged states read from outside itself, in order and once each, and the
 * last value of each cell it wrote, in the order of first writes: the one step the "without Atomic
 * State" ablation shows for the group.
 *
 * <p>Groups name the same cells again and again (each group of columns, each round), so the names
 * keep their positions from group to group and from sample to sample, and a new group forgets only
 * the marks of the last one (a stamp): one probe per step, and nothing to clear.
 *
 * <p>Not thread-safe: a scribe runs on one thread.
 */
final class MergedGroup {
  /** Past this many names, a new group also forgets them, so that the table stays small. */
  private static final int MAX_NAMES = 1 << 14;

  private final NameIndex names = new NameIndex(16);
  // Per name position: the group (stamp) that last touched it, whether that group wrote it, and
  // the value it read or last wrote.
  private int[] stamps = new int[16];
  private boolean[] written = new boolean[16];
  private String[] readValues = new String[16];
  private String[] writtenValues = new String[16];
  private int stamp = 1;

  // The positions read and written by the open group, in order.
  private int[] reads = new int[16];
  private int readCount;
  private int[] writes = new int[16];
  private int writeCount;

  /** A cell was read: it counts as read by the group unless the group wrote it before. */
  void read(String name, String value) {
    int p = position(name);
    if (stamps[p] != stamp) {
      stamps[p] = stamp;
      written[p] = false;
      readValues[p] = value;
      reads = add(reads, readCount++, p);
    }
  }

  /** A cell was written. */
  void write(String name, String value) {
    int p = position(name);
    if (stamps[p] != stamp) {
      stamps[p] = stamp;
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
    stamp++;
    if (stamp == Integer.MAX_VALUE || names.size() > MAX_NAMES) {
      names.clear();
      Arrays.fill(stamps, 0);
      Arrays.fill(readValues, null);
      Arrays.fill(writtenValues, null);
      stamp = 1;
    }
  }

  private int position(String name) {
    int p = names.intern(name);
    if (p == stamps.length) {
      int n = p * 2;
      stamps = Arrays.copyOf(stamps, n);
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
