package dev.tmi.engine.trace;

import java.util.List;

/**
 * A recorded execution: the ordered events of every atomic state, ending in {@link Halt}.
 *
 * @param events the events in execution order
 */
public record Trace(List<Event> events) {
  public Trace {
    events = List.copyOf(events);
  }

  /** The number of atomic states in the trace. */
  public int stateCount() {
    int n = 0;
    for (Event e : events) {
      if (e instanceof State) {
        n++;
      }
    }
    return n;
  }
}
