package dev.tmi.cli.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;

/** The example task gets the whole contract (variants, parsing, verification) for free. */
class DigitSumTest extends TaskContract<DigitSum.Instance> {
  @Override
  protected Task<DigitSum.Instance> task() {
    return new DigitSum();
  }

  @Override
  protected JsonNode independentAnswer(DigitSum.Instance in) {
    return IntNode.valueOf(in.number().chars().map(c -> c - '0').sum());
  }
}
