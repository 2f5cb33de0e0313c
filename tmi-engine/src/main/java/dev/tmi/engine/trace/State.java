package dev.tmi.engine.trace;

import java.util.Objects;

/**
 * Opens an atomic state.
 *
 * @param label what the state is about, e.g. the interval {@code {0,10}} or {@code dp[3][7]}
 * @param group the enclosing loop or phase this state belongs to (e.g. one bubble-sort pass), or
 *     {@code null}; only the "without Atomic State" ablation looks at it
 */
public record State(String label, String group) implements Event {
  public State {
    Objects.requireNonNull(label, "label");
  }

  /** A state without a group. */
  public static State of(String label) {
    return new State(label, null);
  }
}
