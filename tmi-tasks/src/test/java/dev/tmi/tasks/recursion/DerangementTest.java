package dev.tmi.tasks.recursion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerangementTest extends TaskContract<Derangement.Instance> {
  private final Derangement task = new Derangement();

  @Override
  protected Task<Derangement.Instance> task() {
    return task;
  }

  /** Inclusion-exclusion: D(n) = sum over i of (-1)^i n!/i!. */
  @Override
  protected JsonNode independentAnswer(Derangement.Instance in) {
    return TextNode.valueOf(inclusionExclusion(in.n()).toString());
  }

  static BigInteger inclusionExclusion(int n) {
    BigInteger sum = BigInteger.ZERO;
    BigInteger term = BigInteger.ONE; // n!/i! for i = n, n-1, ..., 0
    for (int i = n; i >= 0; i--) {
      sum = i % 2 == 0 ? sum.add(term) : sum.subtract(term);
      term = term.multiply(BigInteger.valueOf(i == 0 ? 1 : i));
    }
    return sum;
  }

  /** L traces are long and the verifier is the slow part; one in eight still verifies 1,250. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void matchesBruteForceOverPermutations() {
    for (int n = 1; n <= 8; n++) {
      int[] p = new int[n];
      long count = countDerangements(p, 0, new boolean[n]);
      assertThat(task.solve(new Derangement.Instance(n), new Recorder()).boxed())
          .as("n=%d", n)
          .isEqualTo(Long.toString(count));
    }
  }

  private static long countDerangements(int[] p, int i, boolean[] used) {
    if (i == p.length) {
      return 1;
    }
    long c = 0;
    for (int v = 0; v < p.length; v++) {
      if (!used[v] && v != i) {
        used[v] = true;
        p[i] = v;
        c += countDerangements(p, i + 1, used);
        used[v] = false;
      }
    }
    return c;
  }

  @Test
  void handCheckedTrace() {
    Recorder r = new Recorder();
    var answer = task.solve(new Derangement.Instance(5), r);
    assertThat(answer.boxed()).isEqualTo("44");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "D(5)",
                "5>2",
                "D(5) -> D(4)",
                "D(4)",
                "4>2",
                "D(4) -> D(3)",
                "D(3)",
                "3>2",
                "D(3) -> D(2)",
                "D(2)",
                "2==2",
                "d2:=1",
                "D(2) -> D(1)",
                "D(1)",
                "1<2",
                "d1:=0",
                "D(1) -> ret(3)",
                "ret(3)",
                "d2=1, d1=0",
                "1+0=1",
                "2*1=2",
                "d3:=2",
                "ret(3) -> ret(4)",
                "ret(4)",
                "d3=2, d2=1",
                "2+1=3",
                "3*3=9",
                "d4:=9",
                "ret(4) -> ret(5)",
                "ret(5)",
                "d4=9, d3=2",
                "9+2=11",
                "4*11=44",
                "d5:=44",
                "ret(5) -> F"));
  }

  @Test
  void baseCasesAlone() {
    assertThat(task.solve(new Derangement.Instance(1), new Recorder()).boxed()).isEqualTo("0");
    assertThat(task.solve(new Derangement.Instance(2), new Recorder()).boxed()).isEqualTo("1");
    assertThat(task.solve(new Derangement.Instance(100), new Recorder()).boxed())
        .isEqualTo(inclusionExclusion(100).toString())
        .hasSize(158);
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new Derangement.Instance(0))).hasMessageContaining("n");
    assertThatThrownBy(() -> task.validate(new Derangement.Instance(501)))
        .hasMessageContaining("n");
  }

  @Test
  void storiesGiveManyDistinctQueries() {
    Set<String> queries = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      queries.add(Drawn.draw(task, 9, "variety", i, Split.S).query("tail"));
    }
    System.out.println("derangement: distinct S queries in 20,000 draws: " + queries.size());
    assertThat(queries.size()).isGreaterThan(15_000);
  }

  /** S and M respect the limit; L cannot (see the TaskDoc notes), and is bounded as documented. */
  @Test
  void tailSizes() {
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, 1000);
      System.out.println("derangement " + st);
      if (s != Split.L) {
        assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
      }
    }
    int atLimit = 0;
    for (int n = 61; n <= 100; n++) {
      Recorder r = new Recorder();
      task.solve(new Derangement.Instance(n), r);
      int len = Variants.TAIL.render(r.trace().events()).length();
      if (len <= CotStats.LIMIT) {
        atLimit = n;
      }
      if (n == 100) {
        System.out.println("derangement n=100 tail chars: " + len);
        assertThat(len).isLessThan(70_000);
      }
    }
    System.out.println("derangement: largest n within 32,000 chars: " + atLimit);
  }
}
