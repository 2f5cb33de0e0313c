package dev.tmi.tasks.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BubbleSortTest extends TaskContract<BubbleSort.Instance> {
  private final BubbleSort task = new BubbleSort();

  @Override
  protected Task<BubbleSort.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(BubbleSort.Instance in) {
    int[] a = in.list().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int v : a) {
      out.add(v);
    }
    return out;
  }

  private static List<String> states(Recorder r) {
    return r.trace().events().stream()
        .filter(e -> e instanceof State)
        .map(e -> ((State) e).label())
        .toList();
  }

  @Test
  void handCheckedTrace() {
    Recorder r = new Recorder();
    var answer = task.solve(new BubbleSort.Instance(List.of(3, 1, 2)), r);
    assertThat(answer.boxed()).isEqualTo("[1, 2, 3]");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "pass1[0,1]",
                "x[0]=3, x[1]=1",
                "3>1",
                "x[0]:=1, x[1]:=3",
                "pass1[0,1] -> pass1[1,2]",
                "pass1[1,2]",
                "x[1]=3, x[2]=2",
                "3>2",
                "x[1]:=2, x[2]:=3",
                "pass1[1,2] -> pass2[0,1]",
                "pass2[0,1]",
                "x[0]=1, x[1]=2",
                "1<2",
                "pass2[0,1] -> done",
                "done",
                "x[0]=1, x[1]=2, x[2]=3",
                "ans[0]:=1, ans[1]:=2, ans[2]:=3",
                "done -> F"));
    assertThat(Variants.NO_ATOMIC.render(r.trace().events()))
        .startsWith(
            "pass1\nx[0]=3, x[1]=1, x[2]=2\nx[0]:=1, x[1]:=2, x[2]:=3\npass1 -> pass2\n"
                + "pass2\nx[0]=1, x[1]=2\npass2 -> done");
    assertThat(Variants.NO_LINEAR.render(r.trace().events()))
        .doesNotContain("pass2[0,1]")
        .doesNotContain("->");
  }

  @Test
  void aSortedListTakesOnePass() {
    Recorder r = new Recorder();
    task.solve(new BubbleSort.Instance(List.of(-5, 0, 7, 9, 12, 40, 41, 100)), r);
    assertThat(states(r)).hasSize(7 + 1).endsWith("pass1[6,7]", "done");
    assertThat(Variants.NO_LINEAR.render(r.trace().events())).startsWith("done\n");
  }

  @Test
  void aReversedListTakesEveryComparison() {
    for (int n = 1; n <= 8; n++) {
      List<Integer> list = new ArrayList<>();
      for (int i = n; i >= 1; i--) {
        list.add(i * 10);
      }
      Recorder r = new Recorder();
      var answer = task.solve(new BubbleSort.Instance(list), r);
      assertThat(states(r)).hasSize(n * (n - 1) / 2 + 1);
      assertThat(answer.json().get(0).asInt()).isEqualTo(10);
    }
  }

  @Test
  void passesShrinkAndStopAfterAQuietPass() {
    Recorder r = new Recorder();
    task.solve(new BubbleSort.Instance(List.of(2, 1, 3, 4, 5)), r);
    assertThat(states(r))
        .containsExactly(
            "pass1[0,1]",
            "pass1[1,2]",
            "pass1[2,3]",
            "pass1[3,4]",
            "pass2[0,1]",
            "pass2[1,2]",
            "pass2[2,3]",
            "done");
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new BubbleSort.Instance(List.of(1, 2, 1))))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> task.validate(new BubbleSort.Instance(List.of())))
        .hasMessageContaining("'list'");
  }

  @Test
  void longSamplesStayUnderTheSizeLimit() {
    TraceStats.assertBounded(task, 32_000);
  }
}
