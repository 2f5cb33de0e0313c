package dev.tmi.tasks.dp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotSizes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevenshteinTest extends TaskContract<Levenshtein.Instance> {
  private final Levenshtein task = new Levenshtein();

  @Override
  protected Task<Levenshtein.Instance> task() {
    return task;
  }

  /** A memoised recursion over suffixes, the other way round from the task's prefix table. */
  @Override
  protected JsonNode independentAnswer(Levenshtein.Instance in) {
    return IntNode.valueOf(distance(in.x(), in.y(), 0, 0, new HashMap<>()));
  }

  private static int distance(String x, String y, int i, int j, Map<Integer, Integer> memo) {
    if (i == x.length()) {
      return y.length() - j;
    }
    if (j == y.length()) {
      return x.length() - i;
    }
    Integer known = memo.get(i * 100 + j);
    if (known != null) {
      return known;
    }
    int d =
        x.charAt(i) == y.charAt(j)
            ? distance(x, y, i + 1, j + 1, memo)
            : 1
                + Math.min(
                    distance(x, y, i + 1, j + 1, memo),
                    Math.min(distance(x, y, i + 1, j, memo), distance(x, y, i, j + 1, memo)));
    memo.put(i * 100 + j, d);
    return d;
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    Recorder r = new Recorder();
    var answer = task.solve(new Levenshtein.Instance("ab", "ba"), r);
    assertThat(answer.boxed()).isEqualTo("2");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .startsWith(
            String.join(
                "\n",
                "base",
                "dp[0][0]:=0, dp[0][1]:=1, dp[0][2]:=2, dp[1][0]:=1, dp[2][0]:=2",
                "base -> dp[1][1]",
                "dp[1][1]",
                "x1='a', y1='b'",
                "'a'!='b'",
                "dp[0][1]=1",
                "1+1=2",
                "dp[1][0]=1",
                "1+1=2",
                "dp[0][0]=0",
                "0+1=1",
                "min(2,2,1)=1",
                "dp[1][1]:=1",
                "dp[1][1] -> dp[1][2]",
                "dp[1][2]",
                "x1='a', y2='a'",
                "'a'=='a'",
                "dp[0][2]=2",
                "2+1=3",
                "dp[1][1]=1",
                "1+1=2",
                "dp[0][1]=1",
                "1+0=1",
                "min(3,2,1)=1",
                "dp[1][2]:=1",
                "dp[1][2] -> dp[2][1]"))
        .endsWith("min(2,2,2)=2\ndp[2][2]:=2\ndp[2][2] -> F");
    assertThat(Variants.NO_FETCHER.render(r.trace().events()))
        .contains("dp[1][2]\nx1==y2\ndp[0][2]+1=3\ndp[1][1]+1=2\ndp[0][1]+0=1\nmin(3,2,1)=1");
  }

  @Test
  void edgeCases() {
    assertThat(task.solve(new Levenshtein.Instance("abcd", "abcd"), new Recorder()).boxed())
        .isEqualTo("0");
    assertThat(task.solve(new Levenshtein.Instance("kitten", "sitting"), new Recorder()).boxed())
        .isEqualTo("3");
    assertThat(task.solve(new Levenshtein.Instance("aaaaaaaaa", "b"), new Recorder()).boxed())
        .isEqualTo("9");
    assertThat(task.solve(new Levenshtein.Instance("a", "bcd"), new Recorder()).boxed())
        .isEqualTo("3");
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("levenshtein " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
  }
}
