package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Operator;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs an algorithm for real and only counts the atomic states it opens. It computes every value as
 * the {@link Recorder} does, so the algorithm takes the same path, but records no event: a scorer
 * that already knows a chain of thought to be the reference's needs its length, not its events, and
 * recording is most of the cost of a run.
 */
public final class StateCounter extends Machine {
  private final Map<String, String> memory = new HashMap<>(128);
  private int states;
  private boolean halted;

  @Override
  public void init(String name, String literal) {
    memory.put(name, literal);
  }

  @Override
  public void state(String label, String group) {
    states++;
  }

  @Override
  public Val fetch(String name) {
    String value = memory.get(name);
    if (value == null) {
      throw new IllegalStateException("fetch of unknown cell " + name);
    }
    return new Val(value, name);
  }

  @Override
  public Val apply(Operator operator, Val... args) {
    return Val.of(compute(operator, args));
  }

  @Override
  protected String relate(Val a, Val b, boolean threeWay) {
    return relation(a, b, threeWay);
  }

  @Override
  public void write(String name, Val value) {
    memory.put(name, value.text());
  }

  @Override
  public void halt() {
    halted = true;
  }

  /** The number of states the algorithm opened; it must have halted. */
  public int states() {
    if (!halted) {
      throw new IllegalStateException("the algorithm did not halt");
    }
    return states;
  }
}
