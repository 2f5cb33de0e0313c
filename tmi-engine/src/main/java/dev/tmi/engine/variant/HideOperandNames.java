package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Op;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Operands are shown by value; where they were read from is not part of the text. Used by every
 * variant that keeps the Memory Fetcher.
 */
public final class HideOperandNames implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      @Override
      public void accept(dev.tmi.engine.trace.Event e) {
        downstream.accept(e instanceof Op op ? valuesOnly(op) : e);
      }

      @Override
      public void end() {
        downstream.end();
      }
    };
  }

  static Op valuesOnly(Op op) {
    List<Arg> args = op.args();
    int n = args.size();
    int named = 0;
    while (named < n && args.get(named).name() == null) {
      named++;
    }
    if (named == n) {
      return op;
    }
    Arg[] values = new Arg[n];
    for (int i = 0; i < n; i++) {
      Arg a = args.get(i);
      values[i] = a.name() == null ? a : Arg.value(a.value());
    }
    return new Op(op.operator(), Arrays.asList(values), op.result());
  }

  @Override
  public boolean renderTransparent() {
    return true;
  }

  @Override
  public Optional<Scribe.View> narrow(Scribe.View view) {
    // After HideFetches an operand has no value left to show; the renderer refuses that order.
    return view.fetches() ? Optional.of(view.withValues()) : Optional.empty();
  }

  @Override
  public String describe() {
    return "operands are written by value";
  }
}
