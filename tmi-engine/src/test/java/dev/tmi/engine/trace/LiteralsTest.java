package dev.tmi.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Character and string literals compare and join as the texts they stand for. */
class LiteralsTest {

  @Property(tries = 5000)
  void quotedLiteralsCompareByTheirText(@ForAll("quoted") String a, @ForAll("quoted") String b) {
    int expected = Integer.signum(Literals.unquote(a).compareTo(Literals.unquote(b)));
    assertThat(Integer.signum(Literals.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
  }

  @Property(tries = 5000)
  void concatenationQuotesTheJoinedTexts(@ForAll("quotedLists") List<String> lits) {
    StringBuilder texts = new StringBuilder();
    lits.forEach(l -> texts.append(Literals.unquote(l)));
    assertThat(Operator.ADD.apply(lits)).isEqualTo(Literals.ofString(texts));
    if (lits.size() == 2) {
      assertThat(Operator.ADD.apply(lits.get(0), lits.get(1))).isEqualTo(Literals.ofString(texts));
    }
  }

  @Property(tries = 1000)
  void concatenationRefusesWhatIsNotQuoted(
      @ForAll("quoted") String a, @ForAll("unquotable") String b) {
    assertThatThrownBy(() -> Operator.ADD.apply(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<List<String>> quotedLists() {
    return quoted().list().ofMinSize(2).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> unquotable() {
    return Arbitraries.of("'ab'", "'\\'", "\"a\\\"", "x", "3", "inf", "'");
  }

  @Provide
  Arbitrary<String> quoted() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range(' ', '~'), Arbitraries.of('\'', '\\', '\n', 'é', 'Ж'));
    return Arbitraries.oneOf(
        chars.map(Literals::ofChar),
        chars.list().ofMaxSize(4).map(cs -> Literals.ofString(join(cs))),
        Arbitraries.of("'''"));
  }

  private static String join(List<Character> cs) {
    StringBuilder sb = new StringBuilder();
    cs.forEach(sb::append);
    return sb.toString();
  }
}
