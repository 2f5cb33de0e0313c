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
import org.junit.jupiter.api.Test;

class LcsTest extends TaskContract<Lcs.Instance> {
  private final Lcs task = new Lcs();

  @Override
  protected Task<Lcs.Instance> task() {
    return task;
  }

  /** Tries every subsequence of x and keeps the longest that is also a subsequence of y. */
  @Override
  protected JsonNode independentAnswer(Lcs.Instance in) {
    String x = in.x();
    int best = 0;
    for (int mask = 0; mask < (1 << x.length()); mask++) {
      StringBuilder sub = new StringBuilder();
      for (int i = 0; i < x.length(); i++) {
        if ((mask >> i & 1) == 1) {
          sub.append(x.charAt(i));
        }
      }
      if (sub.length() > best && isSubsequence(sub, in.y())) {
        best = sub.length();
      }
    }
    return IntNode.valueOf(best);
  }

  private static boolean isSubsequence(CharSequence s, String t) {
    int k = 0;
    for (int i = 0; i < t.length() && k < s.length(); i++) {
      if (t.charAt(i) == s.charAt(k)) {
        k++;
      }
    }
    return k == s.length();
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    Recorder r = new Recorder();
    var answer = task.solve(new Lcs.Instance("AG", "GA"), r);
    assertThat(answer.boxed()).isEqualTo("1");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "base",
                "dp[0][0]:=0, dp[0][1]:=0, dp[0][2]:=0, dp[1][0]:=0, dp[2][0]:=0",
                "base -> dp[1][1]",
                "dp[1][1]",
                "x1='A', y1='G'",
                "'A'!='G'",
                "dp[0][1]=0, dp[1][0]=0",
                "max(0,0)=0",
                "dp[1][1]:=0",
                "dp[1][1] -> dp[1][2]",
                "dp[1][2]",
                "x1='A', y2='A'",
                "'A'=='A'",
                "dp[0][1]=0",
                "0+1=1",
                "dp[1][2]:=1",
                "dp[1][2] -> dp[2][1]",
                "dp[2][1]",
                "x2='G', y1='G'",
                "'G'=='G'",
                "dp[1][0]=0",
                "0+1=1",
                "dp[2][1]:=1",
                "dp[2][1] -> dp[2][2]",
                "dp[2][2]",
                "x2='G', y2='A'",
                "'G'!='A'",
                "dp[1][2]=1, dp[2][1]=1",
                "max(1,1)=1",
                "dp[2][2]:=1",
                "dp[2][2] -> F"));
    assertThat(Variants.NO_ATOMIC.render(r.trace().events()))
        .contains(
            "row2\nx2='G', y1='G', dp[1][0]=0, y2='A', dp[1][2]=1\n"
                + "dp[2][1]:=1, dp[2][2]:=1\nrow2 -> F");
  }

  @Test
  void edgeCases() {
    assertThat(task.solve(new Lcs.Instance("AAAA", "CCC"), new Recorder()).boxed()).isEqualTo("0");
    assertThat(task.solve(new Lcs.Instance("ACGTACGTACGT", "ACGTACGTACGT"), new Recorder()).boxed())
        .isEqualTo("12");
    assertThat(task.solve(new Lcs.Instance("ABCBDAB", "BDCABA"), new Recorder()).boxed())
        .isEqualTo("4");
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("lcs " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
  }
}
