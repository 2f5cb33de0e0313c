package dev.tmi.engine.trace;

import java.util.Collections;
import java.util.List;

/**
 * A recorded execution: the ordered events of every atomic state, ending in {@link Halt}.
 *
 * @param events the events in execution order; the trace takes ownership of the list, which the
 *     caller must not change afterwards (the recorder hands over a list it no longer touches, which
 *     saves copying hundreds of events per sample)
 */
public record Trace(List<Event> events) {
  public Trace {
    events = Collections.unmodifiableList(events);
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
