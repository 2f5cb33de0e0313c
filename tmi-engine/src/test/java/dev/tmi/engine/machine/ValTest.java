package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Integer values read as their literal, whether shared or made anew. */
class ValTest {
  @Property(tries = 3000)
  void anIntegerValueIsItsLiteralFromNoCell(
      @ForAll @LongRange(min = -5000, max = 5000) long small, @ForAll long any) {
    for (long v : new long[] {small, any}) {
      Val val = Val.of(v);
      assertThat(val.text()).isEqualTo(Long.toString(v));
      assertThat(val.ref()).isNull();
      assertThat(val.asLong()).isEqualTo(v);
      assertThat(val).isEqualTo(new Val(Long.toString(v), null));
    }
  }
}
