package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.EventList;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Trace;
import dev.tmi.engine.trace.Write;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs an algorithm for real and records every event. */
public final class Recorder extends RunningMachine {
  private static final Event[] NO_EVENTS = new Event[0];

  private final EventList events;
  private final boolean keepInputs;

  // The inputs as they were put in memory before the first state, kept in order (a map is built
  // only if asked for: the verifier needs it only to explain a wrong step).
  private String[] inputNames;
  private String[] inputValues;
  private int inputCount;
  private Map<String, String> initial;

  /** A recorder that does not keep a copy of the inputs. */
  public Recorder() {
    this(false);
  }

  /**
   * A recorder.
   *
   * @param keepInputs whether to keep a copy of the memory as it was when the first state opened
   */
  public Recorder(boolean keepInputs) {
    this(keepInputs, 256);
  }

  /**
   * A recorder.
   *
   * @param keepInputs whether to keep a copy of the memory as it was when the first state opened
   * @param expectedEvents how many events to make room for at first (a hint: the room grows)
   */
  public Recorder(boolean keepInputs, int expectedEvents) {
    this.keepInputs = keepInputs;
    this.events = new EventList(Math.max(16, expectedEvents));
    if (keepInputs) {
      inputNames = new String[16];
      inputValues = new String[16];
    }
  }

  @Override
  protected void onInit(String name, String literal, boolean started) {
    if (keepInputs && !started) {
      if (inputCount == inputNames.length) {
        inputNames = Arrays.copyOf(inputNames, inputCount * 2);
        inputValues = Arrays.copyOf(inputValues, inputCount * 2);
      }
      inputNames[inputCount] = name;
      inputValues[inputCount] = literal;
      inputCount++;
    }
  }

  @Override
  protected void onState(String label, String group, String previous) {
    if (previous != null) {
      events.add(new Goto(label));
    }
    events.add(new State(label, group));
  }

  @Override
  protected void onFetch(int cell, String name, String value) {
    events.add(new Fetch(name, value));
  }

  @Override
  protected void onApply(Operator operator, Val[] args, String result) {
    Arg[] ops = new Arg[args.length];
    for (int i = 0; i < args.length; i++) {
      ops[i] = new Arg(args[i].ref(), args[i].text());
    }
    events.add(new Op(operator, List.of(ops), result));
  }

  @Override
  protected void onRelate(Val a, Val b, String relation) {
    events.add(
        new Op(
            Operator.REL,
            List.of(new Arg(a.ref(), a.text()), new Arg(b.ref(), b.text())),
            relation));
  }

  @Override
  protected void onWrite(int cell, String name, String value) {
    events.add(new Write(name, value));
  }

  @Override
  protected void onHalt(String last) {
    events.add(Halt.INSTANCE);
  }

  /** The recorded trace; the algorithm must have halted. */
  public Trace trace() {
    if (!halted()) {
      throw new IllegalStateException("the algorithm did not halt");
    }
    return new Trace(events);
  }

  /** The recorded events, as a new array; the algorithm must have halted. */
  public Event[] eventArray() {
    if (!halted()) {
      throw new IllegalStateException("the algorithm did not halt");
    }
    return events.toArray(NO_EVENTS);
  }

  /** The memory as it was when the first state opened: the inputs. Unmodifiable. */
  public Map<String, String> initialMemory() {
    if (!keepInputs || !started()) {
      throw new IllegalStateException(
          keepInputs
              ? "no state has opened yet"
              : "this recorder was not asked to keep its inputs");
    }
    if (initial == null) {
      Map<String, String> m = new HashMap<>(Math.max(16, inputCount * 2));
      for (int i = 0; i < inputCount; i++) {
        m.put(inputNames[i], inputValues[i]);
      }
      initial = Collections.unmodifiableMap(m);
    }
    return initial;
  }
}
