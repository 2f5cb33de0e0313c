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
import org.junit.jupiter.api.Test;

class DiophantineTest extends TaskContract<Diophantine.Instance> {
  private final Diophantine task = new Diophantine();

  @Override
  protected Task<Diophantine.Instance> task() {
    return task;
  }

  /** Brute force over every (a, b) in [0, n]^2. */
  @Override
  protected JsonNode independentAnswer(Diophantine.Instance in) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int a = 0; a <= in.n(); a++) {
      for (int b = 0; b <= in.n(); b++) {
        if (in.x1() * a + in.x2() * b == in.n()) {
          out.addArray().add(a).add(b);
        }
      }
    }
    return out;
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    Recorder r = new Recorder();
    var answer = task.solve(new Diophantine.Instance(2, 3, 7), r);
    assertThat(answer.boxed()).isEqualTo("[(2, 1)]");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "n=7, x1=2",
                "7//2=3",
                "amax:=3",
                "start -> try[0]",
                "try[0]",
                "x1=2",
                "2*0=0",
                "n=7",
                "7-0=7",
                "x2=3",
                "7%3=1",
                "1!=0",
                "try[0] -> try[1]",
                "try[1]",
                "x1=2",
                "2*1=2",
                "n=7",
                "7-2=5",
                "x2=3",
                "5%3=2",
                "2!=0",
                "try[1] -> try[2]",
                "try[2]",
                "x1=2",
                "2*2=4",
                "n=7",
                "7-4=3",
                "x2=3",
                "3%3=0",
                "0==0",
                "3//3=1",
                "a[1]:=2, b[1]:=1",
                "try[2] -> try[3]",
                "try[3]",
                "x1=2",
                "2*3=6",
                "n=7",
                "7-6=1",
                "x2=3",
                "1%3=1",
                "1!=0",
                "try[3] -> answer",
                "answer",
                "a[1]=2, b[1]=1",
                "count:=1",
                "answer -> F"));
    String noAtomic = Variants.NO_ATOMIC.render(r.trace().events());
    assertThat(noAtomic).contains("try0to3\nx1=2, n=7, x2=3\na[1]:=2, b[1]:=1\ntry0to3 -> answer");
    String noLinear = Variants.NO_LINEAR.render(r.trace().events());
    assertThat(noLinear).doesNotContain("try[0]").contains("try[2]");
  }

  @Test
  void edgeCases() {
    assertThat(task.solve(new Diophantine.Instance(4, 6, 9), new Recorder()).boxed())
        .isEqualTo("[]");
    assertThat(task.solve(new Diophantine.Instance(7, 5, 0), new Recorder()).boxed())
        .isEqualTo("[(0, 0)]");
    assertThat(task.solve(new Diophantine.Instance(15, 4, 12), new Recorder()).boxed())
        .isEqualTo("[(0, 3)]");
    assertThat(task.solve(new Diophantine.Instance(1, 1, 3), new Recorder()).boxed())
        .isEqualTo("[(0, 3), (1, 2), (2, 1), (3, 0)]");
  }

  @Test
  void solutionCountsVaryAndSomeInstancesHaveNone() {
    for (Split s : Split.values()) {
      int none = 0;
      int total = 0;
      int most = 0;
      for (int i = 0; i < 2000; i++) {
        var d = Drawn.draw(task, 3, "counts", i, s);
        int k = d.solve().answer().json().size();
        none += k == 0 ? 1 : 0;
        total += k;
        most = Math.max(most, k);
      }
      System.out.printf(
          "diophantine %s: no solution %.1f%%, mean %.1f, max %d solutions%n",
          s, none / 20.0, total / 2000.0, most);
      assertThat(none).isBetween(100, 900);
      assertThat(most).isGreaterThan(10);
    }
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("diophantine " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
    Recorder r = new Recorder();
    task.solve(new Diophantine.Instance(1, 1, 200), r);
    assertThat(Variants.TAIL.render(r.trace().events()).length()).isLessThan(32_000);
  }
}
