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
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DivisionTest extends TaskContract<Division.Instance> {
  private final Division task = new Division();

  @Override
  protected Task<Division.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(Division.Instance in) {
    BigDecimal q =
        new BigDecimal(in.a()).divide(new BigDecimal(in.b()), in.digits(), RoundingMode.DOWN);
    return TextNode.valueOf(q.signum() == 0 ? "0" : q.stripTrailingZeros().toPlainString());
  }

  /** Verification is the costly part; every eighth instance still verifies over a thousand. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  private String solve(String a, String b, int digits) {
    return task.solve(new Division.Instance(a, b, digits), new Recorder()).boxed();
  }

  @Test
  void handCheckedTrace() {
    var in = new Division.Instance("12.34", "0.5", 2);
    Recorder r = new Recorder();
    assertThat(task.solve(in, r).boxed()).isEqualTo("24.68");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "scale",
                "a=12.34, b=0.5, digits=2",
                "shift:=1, A:=123.4, B:=5, point:=3",
                "scale -> q1",
                "q1",
                "d1=1, B=5",
                "1//5=0",
                "5*0=0",
                "1-0=1",
                "q1:=0, r:=1",
                "q1 -> q2",
                "q2",
                "r=1, d2=2",
                "1*10=10",
                "10+2=12",
                "B=5",
                "12//5=2",
                "5*2=10",
                "12-10=2",
                "q2:=2, r:=2",
                "q2 -> q3",
                "q3",
                "r=2, d3=3",
                "2*10=20",
                "20+3=23",
                "B=5",
                "23//5=4",
                "5*4=20",
                "23-20=3",
                "q3:=4, r:=3",
                "q3 -> q4",
                "q4",
                "r=3, d4=4",
                "3*10=30",
                "30+4=34",
                "B=5",
                "34//5=6",
                "5*6=30",
                "34-30=4",
                "q4:=6, r:=4",
                "q4 -> q5",
                "q5",
                "r=4",
                "4*10=40",
                "40+0=40",
                "B=5",
                "40//5=8",
                "5*8=40",
                "40-40=0",
                "q5:=8, r:=0",
                "q5 -> result",
                "result",
                "point=3, q1=0, q2=2, q3=4, q4=6, q5=8",
                "ans:=24.68",
                "result -> F"));
    String merged = Variants.NO_ATOMIC.render(r.trace().events());
    assertThat(merged)
        .contains("q1to3\nd1=1, B=5, d2=2, d3=3\nq1:=0, r:=3, q2:=2, q3:=4\nq1to3 -> q4to5");
  }

  @Test
  void truncatesInsteadOfRounding() {
    assertThat(solve("2", "3", 4)).isEqualTo("0.6666");
    assertThat(solve("20", "3", 0)).isEqualTo("6");
    assertThat(solve("1", "8", 2)).isEqualTo("0.12");
    assertThat(solve("1", "8", 5)).isEqualTo("0.125");
  }

  @Test
  void handlesPointsOnBothSides() {
    assertThat(solve("0.005", "0.5", 3)).isEqualTo("0.01");
    assertThat(solve("3", "0.25", 0)).isEqualTo("12");
    assertThat(solve("123456789.5", "0.0001", 1)).isEqualTo("1234567895000");
    assertThat(solve("0.1", "30", 4)).isEqualTo("0.0033");
    assertThat(solve("0.1", "30", 2)).isEqualTo("0");
    assertThat(solve("7", "7", 3)).isEqualTo("1");
  }

  @Test
  void generatedAnswersAreRarelyZeroAndAlwaysCanonical() {
    int zeros = 0;
    for (Split s : Split.values()) {
      for (int i = 0; i < 2000; i++) {
        var in = Drawn.draw(task, 3, "gen", i, s).instance();
        String ans = solve(in.a(), in.b(), in.digits());
        assertThat(Decimals.isCanonical(ans)).isTrue();
        zeros += ans.equals("0") ? 1 : 0;
      }
    }
    assertThat(zeros).isZero();
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new Division.Instance("1", "0", 2)))
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> task.validate(new Division.Instance("-1", "2", 2)))
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> task.validate(new Division.Instance("1", "2.50", 2)))
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> task.validate(new Division.Instance("1", "2", -1)))
        .hasMessageContaining("'digits'");
  }

  @Test
  void longSamplesStayUnderTheSizeLimit() {
    TraceStats.assertBounded(task, 32_000);
  }

  @Property(tries = 5000)
  void theQuotientsExponentIsTheFirstSignificantPlaceOfTheQuotient(
      @ForAll @BigRange(min = "1", max = "1e60") BigInteger x,
      @ForAll @IntRange(min = -40, max = 40) int xScale,
      @ForAll @BigRange(min = "1", max = "1e60") BigInteger y,
      @ForAll @IntRange(min = -40, max = 40) int yScale) {
    BigDecimal a = new BigDecimal(x, xScale);
    BigDecimal b = new BigDecimal(y, yScale);
    // The place of the first significant digit of the quotient, from the quotient itself.
    BigDecimal q = a.divide(b, new MathContext(80, RoundingMode.DOWN));
    assertThat(Division.quotientExponent(a, b)).isEqualTo(q.precision() - q.scale() - 1);
    // Quotients that are exact powers of ten sit on the boundary.
    assertThat(Division.quotientExponent(b.scaleByPowerOfTen(3), b)).isEqualTo(3);
    assertThat(Division.quotientExponent(b.scaleByPowerOfTen(-2), b)).isEqualTo(-2);
  }
}
