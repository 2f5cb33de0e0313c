package dev.tmi.tasks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.StateCounter;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.trace.State;
import org.junit.jupiter.api.Test;

/** The state counter takes the recorder's path through every task, recording nothing. */
class StateCounterTest {

  @Test
  void itCountsTheStatesTheRecorderRecordsAndGivesTheSameAnswer() {
    for (Task<?> t : TaskRegistry.load().all()) {
      for (Split split : Split.values()) {
        for (int i = 0; i < 150; i++) {
          check(t, split, i);
        }
      }
    }
  }

  private static <I> void check(Task<I> t, Split split, int index) {
    I instance = Drawn.draw(t, 11, "counter", index, split).instance();
    Recorder r = new Recorder();
    Answer recorded = t.solve(instance, r);
    long states = r.trace().events().stream().filter(e -> e instanceof State).count();
    StateCounter c = new StateCounter();
    Answer counted = t.solve(instance, c);
    String what = t.info().id() + " " + split + " #" + index;
    assertThat(c.states()).as(what).isEqualTo(states);
    assertThat(counted.json()).as(what).isEqualTo(recorded.json());
  }

  @Test
  void aRunThatDidNotHaltHasNoCountAndAnUnknownCellIsABug() {
    StateCounter c = new StateCounter();
    c.state("s0");
    assertThatThrownBy(c::states).hasMessageContaining("did not halt");
    assertThatThrownBy(() -> c.fetch("x")).hasMessageContaining("unknown cell x");
  }
}
