package dev.tmi.tasks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Property(tries = 3000)
  void textCanonicalFormAgreesWithBigDecimal(
      @ForAll @NumericChars @StringLength(min = 1, max = 40) String intPart,
      @ForAll @NumericChars @StringLength(min = 0, max = 40) String fraction,
      @ForAll boolean negative,
      @ForAll @IntRange(min = 0, max = 3) int zeroPadding) {
    String plain =
        (negative ? "-" : "")
            + "0".repeat(zeroPadding)
            + intPart
            + (fraction.isEmpty() ? "" : "." + fraction + "0".repeat(zeroPadding));
    assertThat(Decimals.canonical(plain)).isEqualTo(Decimals.canonical(new BigDecimal(plain)));
  }

  @Property(tries = 3000)
  void movingThePointRightAgreesWithBigDecimal(
      @ForAll @NumericChars @StringLength(min = 1, max = 30) String intPart,
      @ForAll @NumericChars @StringLength(min = 0, max = 30) String fraction,
      @ForAll @IntRange(min = 0, max = 40) int places) {
    String plain = intPart + (fraction.isEmpty() ? "" : "." + fraction);
    assertThat(Decimals.movePointRight(plain, places))
        .isEqualTo(Decimals.canonical(new BigDecimal(plain).movePointRight(places)));
  }

  @Test
  void movingThePointRightOfEdgeCases() {
    assertThat(Decimals.movePointRight("0.05", 2)).isEqualTo("5");
    assertThat(Decimals.movePointRight("12.3", 3)).isEqualTo("12300");
    assertThat(Decimals.movePointRight("1.2345", 2)).isEqualTo("123.45");
    assertThat(Decimals.movePointRight("0", 4)).isEqualTo("0");
    assertThat(Decimals.movePointRight("7", 0)).isEqualTo("7");
    assertThatThrownBy(() -> Decimals.movePointRight("1.5", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Decimals.movePointRight("-1.5", 1))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void textCanonicalFormOfEdgeCases() {
    assertThat(Decimals.canonical("000")).isEqualTo("0");
    assertThat(Decimals.canonical("-0.000")).isEqualTo("0");
    assertThat(Decimals.canonical("0012.3400")).isEqualTo("12.34");
    assertThat(Decimals.canonical("10.0")).isEqualTo("10");
    assertThat(Decimals.canonical("0.05")).isEqualTo("0.05");
  }

  @Test
  void textCanonicalFormRejectsWhatIsNotAPlainDecimal() {
    for (String bad : new String[] {"", "-", ".5", "5.", "1e5", "1.2.3", "+1", " 1"}) {
      assertThatThrownBy(() -> Decimals.canonical(bad))
          .as(bad)
          .isInstanceOf(NumberFormatException.class);
    }
  }
}
