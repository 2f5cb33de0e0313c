package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "without Memory Fetcher" ablation: no fetch is restated, and an operation names the cells it
 * reads instead of stating their values ({@code a3+b3+c=12} rather than {@code 4+7+1=12}), so the
 * model must retrieve the operands from far back in its context by itself.
 */
public final class HideFetches implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      @Override
      public void accept(Event e) {
        if (e instanceof Fetch) {
          return;
        }
        downstream.accept(e instanceof Op op ? namesWherePossible(op) : e);
      }

      @Override
      public void end() {
        downstream.end();
      }
    };
  }

  static Op namesWherePossible(Op op) {
    List<Arg> args = new ArrayList<>(op.args().size());
    for (Arg a : op.args()) {
      args.add(a.name() != null ? Arg.ref(a.name()) : Arg.value(a.value()));
    }
    return new Op(op.operator(), args, op.result());
  }

  @Override
  public boolean keepsEveryState() {
    return true;
  }

  @Override
  public Optional<Scribe.View> narrow(Scribe.View view) {
    return Optional.of(view.withoutFetches());
  }

  @Override
  public String describe() {
    return "fetches are dropped; operands read from memory are written by cell name, not value";
  }
}
