package dev.tmi.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The two-operand form of an operator computes what the list form computes, or fails as it does.
 */
class OperatorPairTest {

  @Property(tries = 5000)
  void twoOperandsGiveWhatTheListGives(
      @ForAll Operator operator, @ForAll("literals") String a, @ForAll("literals") String b) {
    String expected;
    try {
      expected = operator.apply(List.of(a, b));
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> operator.apply(a, b))
          .as("%s %s %s", operator, a, b)
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    assertThat(operator.apply(a, b)).as("%s %s %s", operator, a, b).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> literals() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(40),
        Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(40).map(s -> "-" + s),
        Arbitraries.of("0", "-0", "inf", "'a'", "'b'", "\"xy\"", "1.5", "x", "", "-", "007"));
  }
}
