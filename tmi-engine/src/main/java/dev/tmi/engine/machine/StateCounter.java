package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Operator;

/**
 * Runs an algorithm for real and only counts the atomic states it opens. It computes every value as
 * the {@link Recorder} does, so the algorithm takes the same path, but records no event: a scorer
 * that already knows a chain of thought to be the reference's needs its length, not its events, and
 * recording is most of the cost of a run.
 */
public final class StateCounter extends RunningMachine {
  private int states;

  /**
   * A counter. It does not check labels and cell names: it re-runs what the recorder ran (and
   * checked) when the sample was made, and the scorer's shortcut runs it on every right output.
   */
  public StateCounter() {
    super(false, false);
  }

  @Override
  protected void onState(String label, String group, String previous) {
    states++;
  }

  @Override
  protected void onFetch(int cell, String name, String value) {}

  @Override
  protected void onApply(Operator operator, Val[] args, String result) {}

  @Override
  protected void onRelate(Val a, Val b, String relation) {}

  @Override
  protected void onWrite(int cell, String name, String value) {}

  @Override
  protected void onHalt(String last) {}

  /** The number of states the algorithm opened; it must have halted. */
  public int states() {
    if (!halted()) {
      throw new IllegalStateException("the algorithm did not halt");
    }
    return states;
  }
}
