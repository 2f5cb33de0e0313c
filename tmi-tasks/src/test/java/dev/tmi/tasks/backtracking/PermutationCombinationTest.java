package dev.tmi.tasks.backtracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotSizes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermutationCombinationTest extends TaskContract<PermutationCombination.Instance> {
  private final PermutationCombination task = new PermutationCombination();

  @Override
  protected Task<PermutationCombination.Instance> task() {
    return task;
  }

  /** Every subset of positions of size k, as a sorted value list, collected in a set. */
  @Override
  protected JsonNode independentAnswer(PermutationCombination.Instance in) {
    int n = in.list().size();
    Set<List<Integer>> seen = new HashSet<>();
    for (int mask = 0; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) != in.k()) {
        continue;
      }
      List<Integer> pick = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask >> i & 1) == 1) {
          pick.add(in.list().get(i));
        }
      }
      pick.sort(null);
      seen.add(pick);
    }
    return IntNode.valueOf(seen.size());
  }

  private String tail(List<Integer> list, int k) {
    Recorder r = new Recorder();
    task.solve(new PermutationCombination.Instance(list, k), r);
    return Variants.TAIL.render(r.trace().events());
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    assertThat(tail(List.of(1, 1, 2), 2))
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "n=3, k=2",
                "3-2=1",
                "slack:=1, size:=0, count:=0",
                "start -> pick[1][1]",
                "pick[1][1]",
                "a1=1, size=0",
                "0+1=1",
                "k=2",
                "1!=2",
                "c1:=1, size:=1",
                "pick[1][1] -> pick[2][2]",
                "pick[2][2]",
                "a2=1, size=1",
                "1+1=2",
                "k=2",
                "2==2",
                "c2:=1, size:=2",
                "pick[2][2] -> leaf",
                "leaf",
                "count=0",
                "0+1=1",
                "count:=1",
                "leaf -> undo[2][2]",
                "undo[2][2]",
                "size=2",
                "2-1=1",
                "size:=1",
                "undo[2][2] -> pick[2][3]",
                "pick[2][3]",
                "a2=1, a3=2",
                "1!=2",
                "size=1",
                "1+1=2",
                "k=2",
                "2==2",
                "c2:=2, size:=2",
                "pick[2][3] -> leaf",
                "leaf",
                "count=1",
                "1+1=2",
                "count:=2",
                "leaf -> undo[2][3]",
                "undo[2][3]",
                "size=2",
                "2-1=1",
                "size:=1",
                "undo[2][3] -> undo[1][1]",
                "undo[1][1]",
                "size=1",
                "1-1=0",
                "size:=0",
                "undo[1][1] -> pick[1][2]",
                "pick[1][2]",
                "a1=1, a2=1",
                "1==1",
                "pick[1][2] -> answer",
                "answer",
                "count=2",
                "ans:=2",
                "answer -> F"));
  }

  @Test
  void edgeCases() {
    Recorder r = new Recorder();
    assertThat(task.solve(new PermutationCombination.Instance(List.of(4), 1), r).boxed())
        .isEqualTo("1");
    r = new Recorder();
    assertThat(
            task.solve(new PermutationCombination.Instance(List.of(2, 2, 2, 2, 2), 3), r).boxed())
        .isEqualTo("1");
    r = new Recorder();
    assertThat(
            task.solve(new PermutationCombination.Instance(List.of(1, 2, 3, 4, 5, 6, 7, 8), 4), r)
                .boxed())
        .isEqualTo("70");
    r = new Recorder();
    assertThat(
            task.solve(new PermutationCombination.Instance(List.of(1, 1, 2, 2, 3, 3), 3), r)
                .boxed())
        .isEqualTo("7");
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("permutation-combination " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
    // The worst list the generator can draw for n = 8: six distinct values, k near n/2.
    int longest = 0;
    for (int k = 1; k <= 8; k++) {
      longest = Math.max(longest, tail(List.of(1, 2, 3, 4, 5, 6, 6, 6), k).length());
      longest = Math.max(longest, tail(List.of(1, 1, 2, 3, 4, 5, 6, 6), k).length());
      longest = Math.max(longest, tail(List.of(1, 2, 3, 4, 5, 5, 6, 6), k).length());
    }
    System.out.println("permutation-combination worst L list: " + longest);
    assertThat(longest).isLessThan(32_000);
  }
}
