package dev.tmi.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Character and string literals compare as the texts they stand for. */
class LiteralsCompareTest {

  @Property(tries = 5000)
  void quotedLiteralsCompareByTheirText(@ForAll("quoted") String a, @ForAll("quoted") String b) {
    int expected = Integer.signum(Literals.unquote(a).compareTo(Literals.unquote(b)));
    assertThat(Integer.signum(Literals.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
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
