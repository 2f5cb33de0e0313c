package dev.tmi.tasks.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.Decimals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareNumbersTest extends TaskContract<CompareNumbers.Instance> {
  private final CompareNumbers task = new CompareNumbers();

  @Override
  protected Task<CompareNumbers.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(CompareNumbers.Instance in) {
    int c = new BigDecimal(in.a()).compareTo(new BigDecimal(in.b()));
    return TextNode.valueOf(c < 0 ? "<" : c > 0 ? ">" : "=");
  }

  private Recorder run(String a, String b) {
    Recorder r = new Recorder();
    task.solve(new CompareNumbers.Instance(a, b), r);
    return r;
  }

  private String answer(String a, String b) {
    return task.solve(new CompareNumbers.Instance(a, b), new Recorder()).boxed();
  }

  private static List<String> states(Recorder r) {
    return r.trace().events().stream()
        .filter(e -> e instanceof State)
        .map(e -> ((State) e).label())
        .toList();
  }

  @Test
  void handCheckedTraceOfTwoNegatives() {
    Recorder r = run("-12.5", "-12.43");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "sign",
                "a=-12.5",
                "-12.5<0",
                "b=-12.43",
                "-12.43<0",
                "sa:=-1, sb:=-1",
                "sign -> signs",
                "signs",
                "sa=-1, sb=-1",
                "-1==-1",
                "signs -> intlen",
                "intlen",
                "la=2, lb=2",
                "2==2",
                "intlen -> d1",
                "d1",
                "a[1]=1, b[1]=1",
                "1==1",
                "d1 -> d2",
                "d2",
                "a[2]=2, b[2]=2",
                "2==2",
                "d2 -> d3",
                "d3",
                "a[3]=5, b[3]=4",
                "5>4",
                "c:=1",
                "d3 -> result",
                "result",
                "sa=-1, c=1",
                "-1*1=-1",
                "ans:=\"<\"",
                "result -> F"));
    assertThat(Variants.NO_LINEAR.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "sign",
                "a=-12.5",
                "-12.5<0",
                "b=-12.43",
                "-12.43<0",
                "sa:=-1, sb:=-1",
                "d3",
                "a[3]=5, b[3]=4",
                "5>4",
                "c:=1",
                "result",
                "sa=-1, c=1",
                "-1*1=-1",
                "ans:=\"<\""));
    assertThat(Variants.NO_ATOMIC.render(r.trace().events()))
        .contains("d1to4\na[1]=1, b[1]=1, a[2]=2, b[2]=2, a[3]=5, b[3]=4\nc:=1\nd1to4 -> result");
  }

  @Test
  void signsDecideFirst() {
    Recorder r = run("-3.5", "0.25");
    assertThat(states(r)).containsExactly("sign", "signs");
    assertThat(r.peek("ans")).isEqualTo("\"<\"");
    assertThat(answer("0", "-0.001")).isEqualTo(">");
    assertThat(answer("0", "0")).isEqualTo("=");
    assertThat(states(run("0", "0"))).containsExactly("sign", "signs");
  }

  @Test
  void integerLengthsDecideNext() {
    Recorder r = run("123", "45.678");
    assertThat(states(r)).containsExactly("sign", "signs", "intlen", "result");
    assertThat(answer("123", "45.678")).isEqualTo(">");
    assertThat(answer("-123", "-45.678")).isEqualTo("<");
    assertThat(answer("0.999", "1.0001")).isEqualTo("<");
  }

  @Test
  void shorterFractionsArePaddedWithZeros() {
    Recorder r = run("1.5", "1.5001");
    assertThat(states(r))
        .containsExactly("sign", "signs", "intlen", "d1", "d2", "d3", "d4", "d5", "result");
    assertThat(Variants.TAIL.render(r.trace().events())).contains("d5\nb[5]=1\n0<1\nc:=-1");
    assertThat(answer("1.5", "1.5001")).isEqualTo("<");
    assertThat(answer("-1.5", "-1.5001")).isEqualTo(">");
    assertThat(answer("77.25", "77.25")).isEqualTo("=");
    assertThat(answer("-77.25", "-77.25")).isEqualTo("=");
  }

  @Test
  void generatedPairsAreHardAndCanonical() {
    int total = 0;
    int equal = 0;
    int byDigits = 0;
    int bySign = 0;
    int longRun = 0;
    for (Split s : Split.values()) {
      for (int i = 0; i < 3000; i++) {
        var in = Drawn.draw(task, 4, "gen", i, s).instance();
        assertThat(Decimals.isCanonical(in.a())).as(in.a()).isTrue();
        assertThat(Decimals.isCanonical(in.b())).as(in.b()).isTrue();
        Recorder r = run(in.a(), in.b());
        List<String> st = states(r);
        total++;
        equal += r.peek("ans").equals("\"=\"") ? 1 : 0;
        bySign += st.size() == 2 ? 1 : 0;
        byDigits += st.contains("d1") ? 1 : 0;
        longRun += st.contains("d4") ? 1 : 0;
        // Never one comparison of the two whole numbers.
        for (Event e : r.trace().events()) {
          if (e instanceof Op op && op.operator() == Operator.REL) {
            assertThat(
                    op.args().get(0).value().equals(in.a())
                        && op.args().get(1).value().equals(in.b()))
                .isFalse();
          }
        }
      }
    }
    assertThat(equal).isBetween(total / 10, total / 4);
    assertThat(bySign).isBetween(total / 10, total / 4);
    assertThat(byDigits).isGreaterThan(total / 2);
    assertThat(longRun).isGreaterThan(total / 3);
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new CompareNumbers.Instance("1.50", "2")))
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> task.validate(new CompareNumbers.Instance("1", "-0")))
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> task.validate(new CompareNumbers.Instance("1", "007")))
        .hasMessageContaining("'b'");
  }

  @Test
  void longSamplesStayUnderTheSizeLimit() {
    TraceStats.assertBounded(task, 32_000);
  }
}
