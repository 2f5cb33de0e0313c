package dev.tmi.engine.trace;

import java.util.Objects;

/**
 * A state writes a local result to memory, where later states fetch it.
 *
 * @param name the memory cell
 * @param value the literal written
 */
public record Write(String name, String value) implements Event {
  public Write {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
