package dev.tmi.tasks.dp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.trace.Write;
import dev.tmi.engine.variant.Variants;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnapsackTest extends TaskContract<Knapsack.Instance> {
  private final Knapsack task = new Knapsack();

  @Override
  protected Task<Knapsack.Instance> task() {
    return task;
  }

  /** Brute force over all subsets. */
  @Override
  protected JsonNode independentAnswer(Knapsack.Instance in) {
    int n = in.weights().size();
    long best = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      long w = 0;
      long v = 0;
      for (int i = 0; i < n; i++) {
        if ((mask >> i & 1) == 1) {
          w += in.weights().get(i);
          v += in.values().get(i);
        }
      }
      if (w <= in.capacity()) {
        best = Math.max(best, v);
      }
    }
    return LongNode.valueOf(best);
  }

  @Test
  void reproducesThePapersExample() {
    var in =
        new Knapsack.Instance(
            11, List.of(2, 4, 5, 6, 10, 3, 1, 3, 5, 6), List.of(1, 7, 4, 5, 11, 1, 3, 2, 5, 6));
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    Map<String, String> written =
        r.trace().events().stream()
            .filter(e -> e instanceof Write)
            .map(e -> (Write) e)
            .collect(Collectors.toMap(Write::name, Write::value, (a, b) -> b));
    assertThat(written).containsEntry("dp[9][5]", "10");
    assertThat(written).containsEntry("dp[9][11]", "15");
    assertThat(written).containsEntry("dp[10][11]", "16");
    assertThat(answer.boxed()).isEqualTo("16");
    String styled = Variants.TAIL_STYLED.render(r.trace().events());
    assertThat(styled)
        .endsWith(
            "Now we get to dp[10][11].\nWe have dp[9][5] = 10 and v10 = 6.\nWe compute 10 + 6 = 16."
                + "\nWe have dp[9][11] = 15.\nWe compute max(16, 15) = 16.\nSo we set dp[10][11] = 16."
                + "\nThen we stop at dp[10][11].");
    String noFetcher = Variants.NO_FETCHER.render(r.trace().events());
    assertThat(noFetcher)
        .endsWith(
            "dp[10][11]\ndp[9][5]+v10=16\nmax(16,dp[9][11])=16\ndp[10][11]:=16\ndp[10][11] -> F");
  }
}
