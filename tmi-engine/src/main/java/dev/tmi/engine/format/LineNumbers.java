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
    Arrays.fill(lines, size, size + count, line);
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
