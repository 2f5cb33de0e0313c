package dev.tmi.tasks.divideconquer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variants;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinarySearchTest extends TaskContract<BinarySearch.Instance> {
  private final BinarySearch task = new BinarySearch();

  @Override
  protected Task<BinarySearch.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(BinarySearch.Instance in) {
    return IntNode.valueOf(in.list().indexOf(in.target()));
  }

  @Test
  void reproducesThePapersExample() {
    var in =
        new BinarySearch.Instance(
            List.of(-5957, -5259, -4195, -2263, 1289, 3514, 3632, 4284, 5991, 6578, 7333), -5259);
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    List<String> visited =
        r.trace().events().stream()
            .filter(e -> e instanceof State)
            .map(e -> ((State) e).label())
            .toList();
    assertThat(visited).containsExactly("{0,10}", "{0,4}", "{0,1}", "{1,1}");
    assertThat(answer.boxed()).isEqualTo("1");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .startsWith("{0,10}\ns0=-5957, s1=-5259, s2=-4195")
        .contains(
            "Find=-5259\n0+10=10\n10//2=5\ns5=3514\n3514>-5259\n5-1=4\nhi:=4\n{0,10} -> {0,4}")
        .endsWith("s1=-5259\n-5259==-5259\nans:=1\n{1,1} -> F");
  }

  @Test
  void everyStateRestatesItsInterval() {
    var in = new BinarySearch.Instance(List.of(1, 3, 5, 7, 9, 11, 13), 13);
    Recorder r = new Recorder();
    task.solve(in, r);
    List<Event> ev = r.trace().events();
    assertThat(((State) ev.get(0)).label()).isEqualTo("{0,6}");
    assertThat(ev).filteredOn(e -> e instanceof dev.tmi.engine.trace.Fetch).hasSizeGreaterThan(7);
  }
}
