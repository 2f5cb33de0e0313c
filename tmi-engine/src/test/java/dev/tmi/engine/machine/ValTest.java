package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.trace.Literals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Values read as their literal, whether shared or made anew. */
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

  /**
   * A character input is the value of its literal, whether shared (printable ASCII) or made anew,
   * and a machine given the character holds what it holds given the literal.
   */
  @Property(tries = 3000)
  void aCharacterValueIsTheValueOfItsLiteral(@ForAll char c) {
    String literal = Literals.ofChar(c);
    Val val = Val.ofChar(c);
    Val parsed = Val.of(literal);
    assertThat(val.text()).isEqualTo(literal);
    assertThat(val).isEqualTo(parsed);
    assertThat(val.small()).isEqualTo(parsed.small());
    assertThat(val.plainChar()).isEqualTo(parsed.plainChar());
    Cell cell = Cell.named("c");
    Recorder byChar = new Recorder();
    byChar.init(cell, c);
    byChar.state("s");
    Recorder byLiteral = new Recorder();
    byLiteral.init(cell, literal);
    byLiteral.state("s");
    assertThat(byChar.fetch(cell).text())
        .isEqualTo(byLiteral.fetch(cell).text())
        .isEqualTo(literal);
  }

  @Property(tries = 3000)
  void aValueKnowsItsLiteralAsTheLiteralsParserReadsIt(@ForAll("literals") String literal) {
    Val val = Val.of(literal);
    assertThat(val.text()).isEqualTo(literal);
    assertThat(val.ref()).isNull();
    assertThat(val.small()).isEqualTo(Literals.parseSmall(literal));
    assertThat(new Val(literal, "x").small()).isEqualTo(Literals.parseSmall(literal));
    assertThat(val).isEqualTo(new Val(literal, null));
    if (val.small() != Literals.NOT_SMALL) {
      assertThat(val.asLong()).isEqualTo(Long.parseLong(literal));
    }
    boolean plainChar = literal.matches("'.'") && literal.charAt(1) != '\\';
    int expected = plainChar ? literal.charAt(1) : -1;
    assertThat(val.plainChar()).isEqualTo(expected);
    assertThat(new Val(literal, "x").plainChar()).isEqualTo(expected);
    assertThat(val.from("y").plainChar()).isEqualTo(expected);
  }

  @Property(tries = 500)
  void cachedLiteralsGiveSharedValues(@ForAll @LongRange(min = -1024, max = 1023) long v) {
    assertThat(Val.of(Literals.of(v))).isSameAs(Val.of(v));
    char c = (char) (' ' + Math.floorMod(v, 95));
    if (c != '\'' && c != '\\') {
      assertThat(Val.of(Literals.ofChar(c))).isSameAs(Val.of(Literals.ofChar(c)));
    }
    assertThat(Val.of(Literals.ofChar(c)).text()).isEqualTo(Literals.ofChar(c));
  }

  @Provide
  Arbitrary<String> literals() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.longs().between(-2000, 2000).map(String::valueOf),
        Arbitraries.strings().withChars("-0123456789").ofMinLength(1).ofMaxLength(22),
        Arbitraries.chars().range(' ', '~').map(Literals::ofChar),
        Arbitraries.strings().ascii().ofMaxLength(6).map(Literals::ofString),
        Arbitraries.of("inf", "-inf", "1.5", "007", "-0", "+5"));
  }
}
