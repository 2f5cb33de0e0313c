package dev.tmi.tasks.iteration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationGrowthTest extends TaskContract<PopulationGrowth.Instance> {
  private final PopulationGrowth task = new PopulationGrowth();

  @Override
  protected Task<PopulationGrowth.Instance> task() {
    return task;
  }

  /**
   * Simulates the model as stated, cohort by cohort: each cohort remembers its birth time, and in
   * every unit the cohorts that are fertile (born at least x units before the unit starts) have z
   * new pairs each.
   */
  @Override
  protected JsonNode independentAnswer(PopulationGrowth.Instance in) {
    return TextNode.valueOf(simulate(in).toString());
  }

  static BigInteger simulate(PopulationGrowth.Instance in) {
    List<long[]> birthTimes = new ArrayList<>();
    List<BigInteger> sizes = new ArrayList<>();
    birthTimes.add(new long[] {0});
    sizes.add(BigInteger.valueOf(in.y()));
    for (int unit = 1; unit <= in.n(); unit++) {
      long start = unit - 1;
      BigInteger fertile = BigInteger.ZERO;
      for (int c = 0; c < sizes.size(); c++) {
        if (birthTimes.get(c)[0] + in.x() <= start) {
          fertile = fertile.add(sizes.get(c));
        }
      }
      birthTimes.add(new long[] {unit});
      sizes.add(fertile.multiply(BigInteger.valueOf(in.z())));
    }
    return sizes.stream().reduce(BigInteger.ZERO, BigInteger::add);
  }

  /** The verifier is the slow part; one instance in eight still verifies 1,250 traces. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void fibonacciRabbits() {
    for (int n = 1; n <= 10; n++) {
      var answer = task.solve(new PopulationGrowth.Instance(n, 1, 1, 1), new Recorder());
      assertThat(answer.boxed()).isEqualTo(Integer.toString(fib(n + 1)));
    }
  }

  private static int fib(int k) {
    int a = 0;
    int b = 1;
    for (int i = 0; i < k; i++) {
      int t = a + b;
      a = b;
      b = t;
    }
    return a;
  }

  @Test
  void handCheckedTrace() {
    Recorder r = new Recorder();
    var answer = task.solve(new PopulationGrowth.Instance(4, 2, 3, 2), r);
    // P = 3, 3, 3, 3+2*3 = 9, 9+2*3 = 15
    assertThat(answer.boxed()).isEqualTo("15");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "t0",
                "y=3",
                "p0:=3",
                "t0 -> t1",
                "t1",
                "x=2",
                "1<2",
                "p0=3",
                "p1:=3",
                "t1 -> t2",
                "t2",
                "x=2",
                "2==2",
                "p1=3",
                "p2:=3",
                "t2 -> t3",
                "t3",
                "x=2",
                "3>2",
                "2-2=0",
                "z=2, p0=3",
                "2*3=6",
                "p2=3",
                "3+6=9",
                "p3:=9",
                "t3 -> t4",
                "t4",
                "x=2",
                "4>2",
                "3-2=1",
                "z=2, p1=3",
                "2*3=6",
                "p3=9",
                "9+6=15",
                "p4:=15",
                "t4 -> F"));
  }

  @Test
  void oneUnitAndNoDelay() {
    assertThat(task.solve(new PopulationGrowth.Instance(1, 0, 5, 3), new Recorder()).boxed())
        .isEqualTo("20");
    assertThat(task.solve(new PopulationGrowth.Instance(50, 0, 20, 4), new Recorder()).boxed())
        .isEqualTo(BigInteger.valueOf(5).pow(50).multiply(BigInteger.valueOf(20)).toString());
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new PopulationGrowth.Instance(3, 3, 1, 1)))
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> task.validate(new PopulationGrowth.Instance(0, 0, 1, 1)))
        .hasMessageContaining("'n'");
    assertThatThrownBy(() -> task.validate(new PopulationGrowth.Instance(3, 1, 0, 1)))
        .hasMessageContaining("'y'");
  }

  @Test
  void tailStaysUnderTheLimit() {
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, 2000);
      System.out.println("population-growth " + st);
      assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
    }
  }
}
