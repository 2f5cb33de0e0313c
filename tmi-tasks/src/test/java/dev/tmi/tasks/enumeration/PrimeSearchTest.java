package dev.tmi.tasks.enumeration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotSizes;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PrimeSearchTest extends TaskContract<PrimeSearch.Instance> {
  private final PrimeSearch task = new PrimeSearch();

  @Override
  protected Task<PrimeSearch.Instance> task() {
    return task;
  }

  /** The traces are long (trial division of every candidate): verify one instance in ten. */
  @Override
  protected int verifyEvery() {
    return 10;
  }

  /** Counts divisors by brute force, cross-checked with BigInteger's primality test. */
  @Override
  protected JsonNode independentAnswer(PrimeSearch.Instance in) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int p = in.lo(); p <= in.hi(); p++) {
      int divisors = 0;
      for (int d = 1; d <= p; d++) {
        divisors += p % d == 0 ? 1 : 0;
      }
      assertThat(divisors == 2).isEqualTo(BigInteger.valueOf(p).isProbablePrime(50));
      if (divisors == 2) {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    Recorder r = new Recorder();
    var answer = task.solve(new PrimeSearch.Instance(8, 11), r);
    assertThat(answer.boxed()).isEqualTo("[11]");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "lo=8, hi=11",
                "start -> p8d2",
                "p8d2",
                "2*2=4",
                "4<8",
                "8%2=0",
                "0==0",
                "factor[8]:=2",
                "p8d2 -> p9d2",
                "p9d2",
                "2*2=4",
                "4<9",
                "9%2=1",
                "1!=0",
                "p9d2 -> p9d3",
                "p9d3",
                "3*3=9",
                "9==9",
                "9%3=0",
                "0==0",
                "factor[9]:=3",
                "p9d3 -> p10d2",
                "p10d2",
                "2*2=4",
                "4<10",
                "10%2=0",
                "0==0",
                "factor[10]:=2",
                "p10d2 -> p11d2",
                "p11d2",
                "2*2=4",
                "4<11",
                "11%2=1",
                "1!=0",
                "p11d2 -> p11d3",
                "p11d3",
                "3*3=9",
                "9<11",
                "11%3=2",
                "2!=0",
                "p11d3 -> p11d4",
                "p11d4",
                "4*4=16",
                "16>11",
                "prime[1]:=11",
                "p11d4 -> answer",
                "answer",
                "prime[1]=11",
                "count:=1",
                "answer -> F"));
    assertThat(Variants.NO_ATOMIC.render(r.trace().events()))
        .contains("p11\nprime[1]:=11\np11 -> answer");
    assertThat(Variants.NO_LINEAR.render(r.trace().events()))
        .doesNotContain("p11d2")
        .contains("p11d4");
  }

  @Test
  void edgeCases() {
    assertThat(task.solve(new PrimeSearch.Instance(2, 3), new Recorder()).boxed())
        .isEqualTo("[2, 3]");
    assertThat(task.solve(new PrimeSearch.Instance(24, 28), new Recorder()).boxed())
        .isEqualTo("[]");
    assertThat(task.solve(new PrimeSearch.Instance(287, 293), new Recorder()).boxed())
        .isEqualTo("[293]");
  }

  @Test
  void endpointsStayInTheSplitRange() {
    for (Split s : Split.values()) {
      int empty = 0;
      for (int i = 0; i < 2000; i++) {
        var in = Drawn.draw(task, 3, "ranges", i, s).instance();
        assertThat(task.info().range(s).contains(in.lo())).isTrue();
        assertThat(task.info().range(s).contains(in.hi())).isTrue();
        assertThat(in.hi()).isGreaterThan(in.lo());
        empty += Drawn.draw(task, 3, "ranges", i, s).solve().answer().json().isEmpty() ? 1 : 0;
      }
      System.out.printf("prime-search %s: empty answers %.1f%%%n", s, empty / 20.0);
    }
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("prime-search " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
    // Every L interval lies inside 201..300, whose trace contains the states of all of them.
    Recorder r = new Recorder();
    task.solve(new PrimeSearch.Instance(201, 300), r);
    int longest = Variants.TAIL.render(r.trace().events()).length();
    System.out.println("prime-search widest L interval: " + longest);
    assertThat(longest).isLessThan(32_000);
  }
}
