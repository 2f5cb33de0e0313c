package dev.tmi.engine.verify;

import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.machine.Labels;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.TraceMismatch;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import dev.tmi.engine.variant.EventSink;
import dev.tmi.engine.variant.Variant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a task's algorithm on a model's own trace. Every event the algorithm produces goes
 * through the variant's projection and is compared with the model's next event. Where the
 * projection passes events on at once, the model's values flow back into the algorithm (the fetched
 * value, the computed result, the relation), so the algorithm follows the model's path and one slip
 * is reported once. The model's writes always replace the algorithm's in memory.
 */
final class Replayer extends Machine {
  private final Map<String, String> memory = new HashMap<>(256);
  // Arrays, not lists: the replay reads the next event of both at every machine call.
  private final Event[] model;
  private final ParsedTrace parsed;
  private final EventSink pipeline;

  /**
   * Whether the variant shows every event as the algorithm emits it (the visible projection is the
   * identity). A fetch, operation or write that the model states exactly as expected is then
   * checked field by field, without building the expected event: most events of most outputs.
   */
  private final boolean direct;

  /**
   * The reference's events, and whether the replay is still in lockstep with it: every model event
   * so far was the reference's own object at the same index (the parser takes those from lines
   * identical to the reference's). The algorithm then makes exactly the reference's calls, so the
   * next reference event is what it emits, and an identical model event is accepted without
   * recomputing anything.
   */
  private final Event[] reference;

  private boolean lockstep;

  private final long budget;
  private long calls;
  private int cursor;
  private Event lastModel;

  private int step = -1;
  private boolean stepHasError;
  private int correctSteps;
  private StepError firstError;

  /**
   * @param variant the variant the output is written in
   * @param parsed the model's parsed output
   * @param model its events
   * @param reference the reference's visible events, as passed to the parser
   * @param budget the most machine calls the replay may take
   */
  Replayer(Variant variant, ParsedTrace parsed, Event[] model, Event[] reference, long budget) {
    this.model = model;
    this.parsed = parsed;
    this.reference = reference;
    this.budget = budget;
    EventSink compare = this::compare;
    this.pipeline = variant.visiblePipeline(compare);
    this.direct = pipeline == compare;
    this.lockstep = direct;
  }

  // ---- Machine ----

  @Override
  public void init(String name, String literal) {
    memory.put(name, literal);
  }

  private String current;

  @Override
  public void state(String label, String group) {
    tick();
    if (current != null) {
      if (lockstepNext() != null || direct && next() instanceof Goto g && g.label().equals(label)) {
        accept(next());
      } else {
        emit(new Goto(label));
      }
    }
    current = label;
    if (lockstepNext() != null || direct && next() instanceof State s && s.label().equals(label)) {
      // What compare does with a state it accepts: the previous step closes, this one opens.
      closeStep();
      step++;
      accept(next());
    } else {
      emit(new State(label, group));
    }
  }

  @Override
  public Val fetch(String name) {
    tick();
    if (lockstepNext() instanceof Fetch f) {
      accept(f);
      return new Val(f.value(), name);
    }
    String value = memory.get(name);
    if (value == null) {
      throw new TraceMismatch(ErrorType.FETCH, "the algorithm reads " + name + ", which is unset");
    }
    if (direct && next() instanceof Fetch f && f.name().equals(name) && f.value().equals(value)) {
      accept(f);
      return new Val(value, name);
    }
    emit(new Fetch(name, value));
    if (lastModel instanceof Fetch f && f.name().equals(name)) {
      return new Val(f.value(), name);
    }
    return new Val(value, name);
  }

  @Override
  public Val apply(Operator operator, Val... args) {
    tick();
    if (lockstepNext() instanceof Op m) {
      accept(m);
      return Val.of(m.result());
    }
    String[] values = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].text();
    }
    String result;
    try {
      result =
          values.length == 2
              ? operator.apply(values[0], values[1])
              : operator.apply(Arrays.asList(values));
    } catch (IllegalArgumentException e) {
      throw new TraceMismatch(ErrorType.COMPUTE, "operands unusable: " + e.getMessage());
    }
    if (direct && next() instanceof Op m && matches(m, operator, values, result)) {
      accept(m);
      return Val.of(result);
    }
    Arg[] ops = new Arg[args.length];
    for (int i = 0; i < args.length; i++) {
      ops[i] = new Arg(args[i].ref(), values[i]);
    }
    emit(new Op(operator, List.of(ops), result));
    if (lastModel instanceof Op m && m.operator() == operator) {
      return Val.of(m.result());
    }
    return Val.of(result);
  }

  @Override
  protected String relate(Val a, Val b, boolean threeWay) {
    tick();
    if (lockstepNext() instanceof Op m) {
      accept(m);
      return m.result();
    }
    String r;
    try {
      r = Operator.relation(a.text(), b.text());
    } catch (IllegalArgumentException e) {
      throw new TraceMismatch(ErrorType.COMPUTE, "operands unusable: " + e.getMessage());
    }
    if (!threeWay) {
      r = r.equals("==") ? "==" : "!=";
    }
    if (direct
        && next() instanceof Op m
        && matches(m, Operator.REL, new String[] {a.text(), b.text()}, r)) {
      accept(m);
      return r;
    }
    emit(new Op(Operator.REL, List.of(new Arg(a.ref(), a.text()), new Arg(b.ref(), b.text())), r));
    if (lastModel instanceof Op m && m.operator() == Operator.REL) {
      return m.result();
    }
    return r;
  }

  @Override
  public void write(String name, Val value) {
    tick();
    if (lockstepNext() instanceof Write w) {
      memory.put(name, w.value());
      accept(w);
      return;
    }
    // A cell already in memory has a valid name: check only new ones.
    if (memory.put(name, value.text()) == null && !Labels.isName(name)) {
      memory.remove(name);
      throw new TraceMismatch(ErrorType.FORMAT, "the algorithm writes an invalid cell " + name);
    }
    if (direct
        && next() instanceof Write w
        && w.name().equals(name)
        && w.value().equals(value.text())) {
      accept(w);
      return;
    }
    emit(new Write(name, value.text()));
  }

  @Override
  public void halt() {
    tick();
    if (lockstepNext() != null) {
      accept(next());
      return;
    }
    emit(Halt.INSTANCE);
  }

  // ---- comparison ----

  private void tick() {
    if (++calls > budget) {
      throw new TraceMismatch(ErrorType.TRANSITION, "the replay does not end");
    }
  }

  private void emit(Event e) {
    lastModel = null;
    pipeline.accept(e);
  }

  /**
   * The model's next event if the replay is still in lockstep with the reference (see {@link
   * #reference}), else {@code null}, for good.
   */
  private Event lockstepNext() {
    if (lockstep) {
      if (cursor < model.length
          && cursor < reference.length
          && model[cursor] == reference[cursor]) {
        return model[cursor];
      }
      lockstep = false;
    }
    return null;
  }

  /** The model's next event, or {@code null} after its last. */
  private Event next() {
    return cursor < model.length ? model[cursor] : null;
  }

  /**
   * Takes the model's next event as checked: what {@link #compare} does for an event equal to the
   * expected one (a write leaves memory as the algorithm's own write did).
   */
  private void accept(Event got) {
    cursor++;
    lastModel = got;
  }

  /**
   * Whether the model's operation states exactly the expected operator, operand values and result,
   * which {@link EventDiff#compare} accepts without recomputing anything.
   */
  private static boolean matches(Op m, Operator operator, String[] values, String result) {
    List<Arg> args = m.args();
    if (m.operator() != operator || args.size() != values.length || !m.result().equals(result)) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (!values[i].equals(args.get(i).value())) {
        return false;
      }
    }
    return true;
  }

  /** Flushes the projection at the end of the algorithm. */
  void finish() {
    pipeline.end();
    closeStep();
    if (cursor < model.length) {
      fail(ErrorType.FORMAT, line(cursor), "extra steps after the halting state");
    }
  }

  private void compare(Event expected) {
    if (expected instanceof State) {
      closeStep();
      step++;
    }
    if (cursor >= model.length) {
      // A trace that stops without halting was cut off; one that halts early skipped steps.
      boolean halted = model.length > 0 && model[model.length - 1] instanceof Halt;
      throw halted
          ? new TraceMismatch(
              ErrorType.TRANSITION, "the model halts before " + EventDiff.kind(expected))
          : new TraceMismatch(ErrorType.FORMAT, "the output ends inside the step (truncated)");
    }
    Event got = model[cursor];
    int line = line(cursor);
    cursor++;
    EventDiff.Diff d = EventDiff.compare(expected, got, memory::get);
    if (d != null) {
      fail(d.type(), line, d.detail());
      if (d.fatal()) {
        throw new TraceMismatch(d.type(), d.detail());
      }
    }
    if (got instanceof Write w && expected instanceof Write) {
      memory.put(w.name(), w.value());
    }
    lastModel = got;
  }

  private int line(int index) {
    return index < model.length ? parsed.line(index) : 0;
  }

  private void closeStep() {
    if (step >= 0 && !stepHasError) {
      correctSteps++;
    }
    stepHasError = false;
  }

  void fail(ErrorType type, int line, String detail) {
    stepHasError = true;
    if (firstError == null) {
      firstError = new StepError(Math.max(step, 0), line, type, detail);
    }
  }

  /** Records a mismatch that ended the replay. */
  void abort(TraceMismatch m) {
    if (firstError == null || !stepHasError) {
      fail(m.type(), line(Math.max(0, cursor - 1)), m.getMessage());
    }
    stepHasError = true;
    closeStep();
  }

  int correctSteps() {
    return correctSteps;
  }

  int stepsSeen() {
    return step + 1;
  }

  StepError firstError() {
    return firstError;
  }
}
