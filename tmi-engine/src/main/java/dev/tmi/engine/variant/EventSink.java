package dev.tmi.engine.variant;

import dev.tmi.engine.trace.Event;

/** Receives a stream of events, one stage of a projection after another. */
public interface EventSink {
  /** Takes the next event. */
  void accept(Event event);

  /** The stream is over: flush anything held back. */
  default void end() {}
}
