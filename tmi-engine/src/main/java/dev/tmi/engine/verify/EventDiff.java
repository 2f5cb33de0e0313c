package dev.tmi.engine.verify;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Classifies how a model's event differs from the expected one. */
final class EventDiff {
  private EventDiff() {}

  /** A difference: its type and a short explanation. */
  record Diff(ErrorType type, String detail, boolean fatal) {}

  /**
   * Compares a model event with the expected event. Operands named without values are resolved
   * through {@code memory}.
   *
   * @return the difference, or {@code null} if the model's event is right
   */
  static Diff compare(Event expected, Event model, Function<String, String> memory) {
    if (expected.getClass() != model.getClass()) {
      boolean control = isControl(expected) || isControl(model);
      return new Diff(
          control ? ErrorType.TRANSITION : ErrorType.FORMAT,
          "expected " + kind(expected) + ", got " + kind(model),
          true);
    }
    if (expected instanceof State s) {
      State m = (State) model;
      return s.label().equals(m.label())
          ? null
          : new Diff(ErrorType.TRANSITION, "state " + m.label() + " instead of " + s.label(), true);
    }
    if (expected instanceof Goto g) {
      Goto m = (Goto) model;
      return g.label().equals(m.label())
          ? null
          : new Diff(
              ErrorType.TRANSITION, "next state " + m.label() + " instead of " + g.label(), true);
    }
    if (expected instanceof Halt) {
      return null;
    }
    if (expected instanceof Fetch f) {
      Fetch m = (Fetch) model;
      if (!f.name().equals(m.name())) {
        return new Diff(ErrorType.FETCH, "fetched " + m.name() + " instead of " + f.name(), false);
      }
      return f.value().equals(m.value())
          ? null
          : new Diff(
              ErrorType.FETCH,
              m.name() + "=" + m.value() + " but memory holds " + f.value(),
              false);
    }
    if (expected instanceof Write w) {
      Write m = (Write) model;
      if (!w.name().equals(m.name())) {
        return new Diff(ErrorType.FORMAT, "wrote " + m.name() + " instead of " + w.name(), true);
      }
      return w.value().equals(m.value())
          ? null
          : new Diff(
              ErrorType.COMPUTE, m.name() + ":=" + m.value() + " instead of " + w.value(), false);
    }
    Op e = (Op) expected;
    Op m = (Op) model;
    if (e.operator() != m.operator() || e.args().size() != m.args().size()) {
      return new Diff(ErrorType.FORMAT, "a different operation than expected", true);
    }
    for (int i = 0; i < e.args().size(); i++) {
      Arg ea = e.args().get(i);
      Arg ma = m.args().get(i);
      boolean same =
          ea.value() != null
              ? ea.value().equals(ma.value())
              : ea.name() != null && ea.name().equals(ma.name());
      if (!same) {
        return new Diff(
            ErrorType.FETCH,
            "operand " + (i + 1) + " is " + show(ma) + " instead of " + show(ea),
            false);
      }
    }
    if (allValuesStated(e) && e.result().equals(m.result())) {
      // Same operator, same operand values, same result as the expected operation, whose result
      // the algorithm computed from exactly those values: recomputing could only agree.
      return null;
    }
    String recomputed = recompute(m, memory);
    if (e.operator() == Operator.REL) {
      if (recomputed == null || !Boolean.parseBoolean(recomputed)) {
        return new Diff(ErrorType.COMPUTE, "the relation " + m.result() + " does not hold", false);
      }
      return e.result().equals(m.result())
          ? null
          : new Diff(
              ErrorType.COMPUTE, "relation " + m.result() + " instead of " + e.result(), false);
    }
    if (!m.result().equals(recomputed) || !m.result().equals(e.result())) {
      return new Diff(
          ErrorType.COMPUTE,
          "result " + m.result() + " instead of " + (recomputed != null ? recomputed : e.result()),
          false);
    }
    return null;
  }

  /**
   * The result an operation should have from its stated operands, {@code "true"/"false"} for
   * whether a relation holds, or {@code null} if the operands cannot be used.
   */
  static String recompute(Op op, Function<String, String> memory) {
    List<String> values = new ArrayList<>(op.args().size());
    for (Arg a : op.args()) {
      String v = a.value() != null ? a.value() : memory.apply(a.name());
      if (v == null) {
        return null;
      }
      values.add(v);
    }
    try {
      if (op.operator() == Operator.REL) {
        return Boolean.toString(Operator.holds(values.get(0), op.result(), values.get(1)));
      }
      return op.operator().apply(values);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean allValuesStated(Op op) {
    for (Arg a : op.args()) {
      if (a.value() == null) {
        return false;
      }
    }
    return true;
  }

  private static String show(Arg a) {
    return a.value() != null ? a.value() : a.name();
  }

  private static boolean isControl(Event e) {
    return e instanceof State || e instanceof Goto || e instanceof Halt;
  }

  static String kind(Event e) {
    if (e instanceof State s) {
      return "state " + s.label();
    }
    if (e instanceof Goto g) {
      return "transition to " + g.label();
    }
    if (e instanceof Halt) {
      return "the halting transition";
    }
    if (e instanceof Fetch f) {
      return "a fetch of " + f.name();
    }
    if (e instanceof Write w) {
      return "a write of " + w.name();
    }
    return "an operation";
  }
}
