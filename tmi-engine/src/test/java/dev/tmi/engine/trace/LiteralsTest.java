package dev.tmi.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Character and string literals compare and join as the texts they stand for; number literals are
 * recognised as a regular expression says and compare as {@link BigDecimal}s do.
 */
class LiteralsTest {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @Property(tries = 5000)
  void numbersCompareAsBigDecimalsDo(@ForAll("numbers") String a, @ForAll("numbers") String b) {
    int expected = new BigDecimal(a).compareTo(new BigDecimal(b));
    assertThat(Integer.signum(Literals.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
    assertThat(Integer.signum(Literals.compareNumbers(a, b))).isEqualTo(expected);
  }

  @Property(tries = 5000)
  void numbersAreWhatTheGrammarSays(@ForAll("numberLike") String s) {
    assertThat(Literals.isNumber(s)).as(s).isEqualTo(NUMBER.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> numbers() {
    StringArbitrary digits = Arbitraries.strings().withChars("0000123456789").ofMinLength(1);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of("", "-"),
                digits.ofMaxLength(25),
                Arbitraries.of(true, false),
                digits.ofMaxLength(12))
            .as((sign, whole, point, frac) -> sign + whole + (point ? "." + frac : "")),
        Arbitraries.of("0", "-0", "0.0", "-0.000", "00", "1", "1.0", "1.10", "01", "-1", "-1.5"));
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("-.0189a").ofMaxLength(8);
  }

  @Property(tries = 5000)
  void quotedLiteralsCompareByTheirText(@ForAll("quoted") String a, @ForAll("quoted") String b) {
    int expected = Integer.signum(Literals.unquote(a).compareTo(Literals.unquote(b)));
    assertThat(Integer.signum(Literals.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
  }

  @Property(tries = 5000)
  void quotingThenUnquotingGivesTheTextBack(@ForAll("texts") String text) {
    String lit = Literals.ofString(text);
    assertThat(Literals.unquote(lit)).isEqualTo(text);
    // A builder takes the general path; a string without escapes, the short one.
    assertThat(Literals.ofString(new StringBuilder(text))).isEqualTo(lit);
    assertThat(lit).isEqualTo(quoteByHand(text));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(Literals.unquote(Literals.ofChar(c))).isEqualTo(String.valueOf(c));
    }
  }

  @Property(tries = 1000)
  void aCharacterLiteralHoldsOneCharacter(@ForAll("texts") String text) {
    String lit = "'" + text.replace("\\", "").replace("'", "") + "'";
    if (lit.length() == 3) {
      assertThat(Literals.unquote(lit)).hasSize(1);
    } else {
      assertThatThrownBy(() -> Literals.unquote(lit)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.chars().range(' ', '~'), Arbitraries.of('"', '\\', '\n', 'é', 'Ж'))
        .list()
        .ofMaxSize(8)
        .map(LiteralsTest::join);
  }

  /**
   * The string literal as the trace format defines it: quotes, backslash and line break escaped.
   */
  private static String quoteByHand(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
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
