package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Part of the "without Linear Transition" ablation: a state that writes nothing (a comparison that
 * leads to no swap, a relaxation that improves nothing, a divisor that does not divide) is left
 * out, so the sequence of states is no longer the complete execution.
 */
public final class SkipIdleStates implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      private final List<Event> block = new ArrayList<>();
      private boolean writes;

      @Override
      public void accept(Event e) {
        if (e instanceof State && !block.isEmpty()) {
          flush();
        }
        block.add(e);
        writes |= e instanceof Write;
        if (e instanceof Halt || e instanceof Goto) {
          flush();
        }
      }

      private void flush() {
        if (writes) {
          for (Event b : block) {
            downstream.accept(b);
          }
        }
        block.clear();
        writes = false;
      }

      @Override
      public void end() {
        flush();
        downstream.end();
      }
    };
  }

  @Override
  public boolean immediate() {
    return false;
  }

  @Override
  public Optional<Scribe.View> narrow(Scribe.View view) {
    return Optional.of(view.withoutIdleStates());
  }

  @Override
  public String describe() {
    return "states that write nothing are skipped";
  }
}
