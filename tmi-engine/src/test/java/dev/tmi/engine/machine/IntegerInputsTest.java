package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.trace.Literals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A running machine puts an integer input in memory as the value of the number; that must be the
 * value its literal gives, by name and by handle, for any integer.
 */
class IntegerInputsTest {
  private static final Cells X = Cells.array("x");

  @Provide
  Arbitrary<Long> integers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-3000, 3000),
        Arbitraries.longs(),
        Arbitraries.of(
            Long.MIN_VALUE, Long.MAX_VALUE, 999_999_999_999_999_999L, -99_999_999_999_999_999L));
  }

  @Property(tries = 3000)
  void anIntegerInputIsTheValueOfItsLiteral(@ForAll @From("integers") long v) {
    Recorder byNumber = new Recorder(true);
    Recorder byLiteral = new Recorder(true);
    byNumber.init("n", v);
    byNumber.init(X.at(1), v);
    byLiteral.init("n", Literals.of(v));
    byLiteral.init(X.at(1), Literals.of(v));
    byNumber.state("s");
    byLiteral.state("s");
    for (String cell : new String[] {"n", X.at(1).name()}) {
      Val a = byNumber.fetch(cell);
      Val b = byLiteral.fetch(cell);
      assertThat(a).isEqualTo(b);
      assertThat(a.small()).isEqualTo(b.small());
      assertThat(a.plainChar()).isEqualTo(b.plainChar());
    }
    assertThat(byNumber.initialMemory()).isEqualTo(byLiteral.initialMemory());
  }
}
