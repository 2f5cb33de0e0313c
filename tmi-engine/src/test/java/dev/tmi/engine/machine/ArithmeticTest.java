package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Operator;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The machine computes on small integers as numbers; what it gives must be, literal for literal,
 * what the operator gives on the literals, which is the definition the verifier replays.
 */
class ArithmeticTest {

  @Property(tries = 5000)
  void numbersGiveWhatTheLiteralsGive(
      @ForAll Operator operator, @ForAll("operands") List<String> in) {
    Val[] args = in.stream().map(Val::of).toArray(Val[]::new);
    String expected;
    try {
      expected = operator.apply(in);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> Machine.compute(operator, args))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Val got = Machine.compute(operator, args);
    assertThat(got.text()).isEqualTo(expected);
    assertThat(got.ref()).isNull();
    assertThat(got).isEqualTo(Val.of(expected));
    assertThat(got.small()).isEqualTo(Val.of(expected).small());
  }

  /**
   * Results beyond the small range keep their numbers; used again as operands, straight or as read
   * from a cell, they must give what their literals give.
   */
  @Property(tries = 3000)
  void resultsUsedAgainGiveWhatTheirLiteralsGive(
      @ForAll("arithmetic") Operator first,
      @ForAll("arithmetic") Operator second,
      @ForAll("integers") String a,
      @ForAll("integers") String b,
      @ForAll("integers") String c,
      @ForAll boolean resultFirst,
      @ForAll boolean readFromCell) {
    String r;
    try {
      r = first.apply(a, b);
    } catch (IllegalArgumentException e) {
      return;
    }
    Val result = Machine.compute(first, new Val[] {Val.of(a), Val.of(b)});
    assertThat(result.text()).isEqualTo(r);
    if (readFromCell) {
      result = result.from("cell");
      assertThat(result.ref()).isEqualTo("cell");
    }
    if (Literals.isInteger(r)) {
      assertThat(result.asBig()).isEqualTo(new java.math.BigInteger(r));
    }
    Val[] args = resultFirst ? new Val[] {result, Val.of(c)} : new Val[] {Val.of(c), result};
    String expected;
    try {
      expected = resultFirst ? second.apply(r, c) : second.apply(c, r);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> Machine.compute(second, args))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Val got = Machine.compute(second, args);
    assertThat(got.text()).isEqualTo(expected);
    assertThat(got.small()).isEqualTo(Val.of(expected).small());
  }

  @Provide
  Arbitrary<Operator> arithmetic() {
    return Arbitraries.of(Operator.ADD, Operator.SUB, Operator.MUL, Operator.DIV, Operator.MOD);
  }

  @Provide
  Arbitrary<String> integers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-30, 30).map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers()
            .between(java.math.BigInteger.TEN.pow(40).negate(), java.math.BigInteger.TEN.pow(40))
            .map(String::valueOf),
        Arbitraries.of("0", "-0", "007", "inf"));
  }

  @Property(tries = 3000)
  void relationsAreTheLiteralsRelations(
      @ForAll("literals") String a, @ForAll("literals") String b) {
    String expected;
    try {
      expected = Operator.relation(a, b);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> Machine.relation(Val.of(a), Val.of(b), true))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    assertThat(Machine.relation(Val.of(a), Val.of(b), true)).isEqualTo(expected);
    assertThat(Machine.relation(Val.of(a), Val.of(b), false))
        .isEqualTo(expected.equals("==") ? "==" : "!=");
  }

  @Provide
  Arbitrary<String> literals() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-30, 30).map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L).map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(20),
        Arbitraries.chars().range(' ', '~').map(Literals::ofChar),
        Arbitraries.chars().range('a', 'c').map(c -> new String(Literals.ofChar(c))),
        Arbitraries.of("0", "-0", "007", "inf", "'a'", "\"ab\"", "\"a\"", "1.5"));
  }

  @Provide
  Arbitrary<List<String>> operands() {
    return literals().list().ofMinSize(1).ofMaxSize(4);
  }

  /** Distances not yet known are inf among numbers, as shortest-path tasks take their minimum. */
  @Property(tries = 2000)
  void maxAndMinOfNumbersAndInfGiveWhatTheLiteralsGive(@ForAll("numbersOrInf") List<String> in) {
    Val[] args = in.stream().map(v -> new Val(v, "d")).toArray(Val[]::new);
    for (Operator operator : List.of(Operator.MAX, Operator.MIN)) {
      Val got = Machine.compute(operator, args);
      assertThat(got.text()).isEqualTo(operator.apply(in));
      assertThat(got.ref()).isNull();
      assertThat(got.small()).isEqualTo(Val.of(got.text()).small());
    }
  }

  @Provide
  Arbitrary<List<String>> numbersOrInf() {
    Arbitrary<String> one =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-5, 5).map(String::valueOf),
            Arbitraries.longs()
                .between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
                .map(String::valueOf),
            Arbitraries.of("inf", "007", "-0"));
    return one.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void maxAndMinKeepTheFirstOfEqualOperands(@ForAll @Size(min = 2, max = 5) List<Long> values) {
    Val[] args = values.stream().map(v -> new Val(Long.toString(v), "c")).toArray(Val[]::new);
    List<String> texts = Arrays.stream(args).map(Val::text).toList();
    assertThat(Machine.compute(Operator.MAX, args).text()).isEqualTo(Operator.MAX.apply(texts));
    assertThat(Machine.compute(Operator.MIN, args).text()).isEqualTo(Operator.MIN.apply(texts));
  }
}
