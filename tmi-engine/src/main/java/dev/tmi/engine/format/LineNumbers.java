package dev.tmi.engine.format;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The line each parsed event came from, as an unmodifiable list backed by an {@code int} array: a
 * parser records one per event, and boxing them cost more than reading the event.
 */
final class LineNumbers extends AbstractList<Integer> implements RandomAccess {
  private int[] lines;
  private int size;

  LineNumbers(int capacity) {
    lines = new int[Math.max(8, capacity)];
  }

  /** Records the line of the next event; only the parser that owns the list calls this. */
  void addLine(int line) {
    if (size == lines.length) {
      lines = Arrays.copyOf(lines, size * 2);
    }
    lines[size++] = line;
  }

  /** Records that the next {@code count} events come from {@code line}. */
  void addLines(int line, int count) {
    if (size + count > lines.length) {
      lines = Arrays.copyOf(lines, Math.max(size * 2, size + count));
    }
    // Usually one event: a loop costs less than a call to Arrays.fill.
    for (int end = size + count; size < end; size++) {
      lines[size] = line;
    }
  }

  /**
   * Records the lines of the events of reference lines {@code [from, to)}, whose first events are
   * at {@code starts[from..to]}: the events of reference line {@code l} come from line {@code
   * firstLine + l - from}. (Most lines hold one event: one loop over them all costs less than a
   * fill per line.)
   */
  void addLines(int[] starts, int from, int to, int firstLine) {
    int count = starts[to] - starts[from];
    if (size + count > lines.length) {
      lines = Arrays.copyOf(lines, Math.max(size * 2, size + count));
    }
    int k = size;
    int line = firstLine;
    for (int l = from; l < to; l++, line++) {
      for (int end = size + starts[l + 1] - starts[from]; k < end; k++) {
        lines[k] = line;
      }
    }
    size += count;
  }

  /** The line of event {@code index}, unboxed. */
  int getInt(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return lines[index];
  }

  @Override
  public Integer get(int index) {
    return getInt(index);
  }

  @Override
  public int size() {
    return size;
  }
}
