package dev.tmi.engine.variant;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;

/** Forgets which loop a state belongs to; no format prints it. */
public final class StripGroups implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      @Override
      public void accept(Event e) {
        downstream.accept(e instanceof State s && s.group() != null ? State.of(s.label()) : e);
      }

      @Override
      public void end() {
        downstream.end();
      }
    };
  }

  @Override
  public boolean renderTransparent() {
    return true;
  }

  @Override
  public String describe() {
    return "loop membership is not shown";
  }
}
