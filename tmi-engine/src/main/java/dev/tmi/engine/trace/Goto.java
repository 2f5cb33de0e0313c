package dev.tmi.engine.trace;

import java.util.Objects;

/**
 * Linear Transition: the current state names the state that comes next.
 *
 * @param label the next state's label
 */
public record Goto(String label) implements Event {
  public Goto {
    Objects.requireNonNull(label, "label");
  }
}
