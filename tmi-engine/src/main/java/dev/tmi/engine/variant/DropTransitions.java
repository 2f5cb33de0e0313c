package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import java.util.Optional;

/** Part of the "without Linear Transition" ablation: no state names the next one. */
public final class DropTransitions implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      @Override
      public void accept(Event e) {
        if (!(e instanceof Goto) && !(e instanceof Halt)) {
          downstream.accept(e);
        }
      }

      @Override
      public void end() {
        downstream.end();
      }
    };
  }

  @Override
  public boolean keepsEveryState() {
    return true;
  }

  @Override
  public Optional<Scribe.View> narrow(Scribe.View view) {
    return Optional.of(view.withoutTransitions());
  }

  @Override
  public String describe() {
    return "transitions (current -> next, and -> F) are dropped";
  }
}
