package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Trace;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an algorithm for real and records every event. Misuse by a task (fetching a cell that was
 * never written, an event outside a state, an invalid label) throws {@link IllegalStateException}:
 * that is a bug in the task, never a property of the data.
 */
public final class Recorder extends Machine {
  private final Map<String, String> memory = new HashMap<>(128);
  private final List<Event> events = new ArrayList<>(256);
  private String current;
  private String lastGroup;
  private boolean halted;
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
    this.keepInputs = keepInputs;
    if (keepInputs) {
      inputNames = new String[16];
      inputValues = new String[16];
    }
  }

  @Override
  public void init(String name, String literal) {
    if (memory.put(name, literal) == null && !Labels.isName(name)) {
      throw new IllegalStateException("invalid cell name: " + name);
    }
    if (keepInputs && current == null) {
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
  public void state(String label, String group) {
    requireRunning();
    if (!Labels.isValid(label)) {
      throw new IllegalStateException("invalid state label: '" + label + "'");
    }
    // Consecutive states usually share their group: check each group label once per run of them.
    if (group != null && group != lastGroup) {
      if (!Labels.isValid(group)) {
        throw new IllegalStateException("invalid group label: '" + group + "'");
      }
      lastGroup = group;
    }
    if (current != null) {
      events.add(new Goto(label));
    }
    events.add(new State(label, group));
    current = label;
  }

  @Override
  public Val fetch(String name) {
    requireInState();
    String value = memory.get(name);
    if (value == null) {
      throw new IllegalStateException("fetch of unknown cell " + name + " in state " + current);
    }
    events.add(new Fetch(name, value));
    return new Val(value, name);
  }

  @Override
  public Val apply(Operator operator, Val... args) {
    requireInState();
    Arg[] ops = new Arg[args.length];
    for (int i = 0; i < args.length; i++) {
      ops[i] = new Arg(args[i].ref(), args[i].text());
    }
    String result = compute(operator, args);
    events.add(new Op(operator, List.of(ops), result));
    return Val.of(result);
  }

  @Override
  protected String relate(Val a, Val b, boolean threeWay) {
    requireInState();
    String r = relation(a, b, threeWay);
    events.add(
        new Op(Operator.REL, List.of(new Arg(a.ref(), a.text()), new Arg(b.ref(), b.text())), r));
    return r;
  }

  @Override
  public void write(String name, Val value) {
    requireInState();
    // A name is checked the first time it is stored; later writes reuse it.
    if (memory.put(name, value.text()) == null && !Labels.isName(name)) {
      throw new IllegalStateException("invalid cell name: " + name);
    }
    events.add(new Write(name, value.text()));
  }

  @Override
  public void halt() {
    requireInState();
    events.add(Halt.INSTANCE);
    halted = true;
  }

  /** The recorded trace; the algorithm must have halted. */
  public Trace trace() {
    if (!halted) {
      throw new IllegalStateException("the algorithm did not halt");
    }
    return new Trace(events);
  }

  /** The memory as it was when the first state opened: the inputs. Unmodifiable. */
  public Map<String, String> initialMemory() {
    if (!keepInputs || current == null) {
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

  /** The value a cell holds now, or {@code null}. */
  public String peek(String name) {
    return memory.get(name);
  }

  private void requireRunning() {
    if (halted) {
      throw new IllegalStateException("the machine has halted");
    }
  }

  private void requireInState() {
    requireRunning();
    if (current == null) {
      throw new IllegalStateException("no state is open");
    }
  }
}
