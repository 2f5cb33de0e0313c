package dev.tmi.engine.trace;

import java.util.Objects;

/**
 * The Memory Fetcher: a state restates an operand it is about to read.
 *
 * @param name the memory cell, e.g. {@code a3} or {@code dp[9][5]}
 * @param value the literal the cell holds (see {@link Literals})
 */
public record Fetch(String name, String value) implements Event {
  public Fetch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
