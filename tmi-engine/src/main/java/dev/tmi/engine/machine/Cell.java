package dev.tmi.engine.machine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A memory cell addressed by handle: its name, and a number that lets a running machine find the
 * cell's place in its memory with one array read instead of a lookup by name. Tasks keep handles in
 * constants ({@code static final Cell CARRY = Cell.named("carry")}) or get them from a family
 * ({@link Cells}, {@link CellGrid}) that makes each once: finding cells by name had been a fifth of
 * writing a chain of thought in the tasks that read and write memory most.
 *
 * <p>Two handles with one name are one cell: the number only saves a lookup, and a machine that
 * meets a handle for the first time finds its place by the name.
 */
public final class Cell {
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** The number of a handle that has none: a machine finds its cell by name every time. */
  static final int NO_ID = -1;

  private final String name;
  private final int id;

  private Cell(String name, int id) {
    this.name = Objects.requireNonNull(name, "name");
    this.id = id;
  }

  /**
   * The handle of a cell, with a number of its own. Each call makes a new number, so keep the
   * handle rather than calling this per step (a machine keeps a place for every number it met).
   */
  public static Cell named(String name) {
    return new Cell(name, NEXT.getAndIncrement());
  }

  /** A handle without a number, for a cell used too rarely to keep a place for. */
  static Cell unnumbered(String name) {
    return new Cell(name, NO_ID);
  }

  /** The cell's name, e.g. {@code a3} or {@code dp[9][5]}. */
  public String name() {
    return name;
  }

  /** The handle's number, unique in this JVM, or {@link #NO_ID}. */
  int id() {
    return id;
  }

  @Override
  public String toString() {
    return name;
  }
}
