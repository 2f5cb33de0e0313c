package dev.tmi.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surface forms models really write around an answer, and what they must not turn into. */
class SurfaceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "42|42",
        "\\text{42}|42",
        "\\textbf{42}|42",
        "\\mathbf{42}|42",
        "\\texttt{42}|42",
        "\\mathrm{42}|42",
        "\\mbox{42}|42",
        "$42$|42",
        "\\(42\\)|42",
        "{42}|42",
        "{{42}}|42",
        "\\displaystyle 42|42",
        "\u221242|-42",
        "\u00a042\u200b|42",
        "4\\,2|42",
        "4\\;2|42",
      })
  void unwrapsWhatModelsWrap(String boxed, String clean) {
    assertThat(Surface.clean(boxed)).isEqualTo(clean);
  }

  @Test
  void numbersCompareByValueAndNeverBySubstring() throws Exception {
    JsonNode seven = JSON.readTree("\"7\"");
    assertThat(AnswerKind.INTEGER.accepts(seven, "{7}")).isTrue();
    assertThat(AnswerKind.INTEGER.accepts(seven, "\\displaystyle 007")).isTrue();
    assertThat(AnswerKind.INTEGER.accepts(seven, "\u00a07.")).isTrue();
    assertThat(AnswerKind.INTEGER.accepts(seven, "17")).isFalse();
    assertThat(AnswerKind.INTEGER.accepts(seven, "71")).isFalse();
    assertThat(AnswerKind.INTEGER.accepts(seven, "7 or 8")).isFalse();
    JsonNode dec = JSON.readTree("\"-3.25\"");
    assertThat(AnswerKind.DECIMAL.accepts(dec, "\\texttt{\u2212 3.250}")).isTrue();
    assertThat(AnswerKind.DECIMAL.accepts(dec, "-3.2")).isFalse();
    // Only plain decimals are read: no exponent, no second sign.
    JsonNode half = JSON.readTree("\"0.5\"");
    assertThat(AnswerKind.DECIMAL.accepts(half, ".5")).isTrue();
    assertThat(AnswerKind.DECIMAL.accepts(half, "+0.50")).isTrue();
    assertThat(AnswerKind.DECIMAL.accepts(half, "5e-1")).isFalse();
    assertThat(AnswerKind.DECIMAL.accepts(JSON.readTree("\"5\""), "5.")).isTrue();
    assertThat(AnswerKind.DECIMAL.accepts(JSON.readTree("\"-5\""), "--5")).isFalse();
  }

  @Test
  void listsAndSetsSurviveTheNewUnwrapping() throws Exception {
    JsonNode list = JSON.readTree("[1, 2, 3]");
    assertThat(AnswerKind.INT_LIST.accepts(list, "[1, 2, 3]")).isTrue();
    assertThat(AnswerKind.INT_LIST.accepts(list, "{[1,\u00a02, 3]}")).isTrue();
    assertThat(AnswerKind.INT_LIST.accepts(list, "[1, 2]")).isFalse();
    JsonNode set = JSON.readTree("[\"ab\", \"b\"]");
    assertThat(AnswerKind.TEXT_SET.accepts(set, "{b, ab}")).isTrue();
    assertThat(AnswerKind.TEXT_SET.accepts(set, "{b}")).isFalse();
    JsonNode pairs = JSON.readTree("[[0, 2], [3, 0]]");
    assertThat(AnswerKind.INT_PAIR_LIST.accepts(pairs, "{(0, 2), (3, 0)}")).isTrue();
    assertThat(AnswerKind.TEXT.accepts(JSON.readTree("\"a b\""), "a\u00a0b")).isTrue();
    assertThat(AnswerKind.TEXT.accepts(JSON.readTree("\"a b\""), "ab")).isFalse();
  }

  @Test
  void integerListsCompareByValueAcrossEverySize() throws Exception {
    // Numbers that fit a long are compared as longs, larger ones as big integers; a value on one
    // side of the boundary never equals one on the other.
    JsonNode mixed = JSON.readTree("[-7, 9223372036854775807, 123456789012345678901234567890]");
    assertThat(
            AnswerKind.INT_LIST.accepts(
                mixed, "[-007, 9223372036854775807, 123456789012345678901234567890]"))
        .isTrue();
    assertThat(
            AnswerKind.INT_LIST.accepts(
                mixed, "[-7, 9223372036854775808, 123456789012345678901234567890]"))
        .isFalse();
    assertThat(
            AnswerKind.INT_LIST.accepts(
                mixed, "[-7, 9223372036854775807, 123456789012345678901234567891]"))
        .isFalse();
    assertThat(AnswerKind.INT_LIST.accepts(JSON.readTree("[5]"), "[+5]")).isTrue();
    assertThat(AnswerKind.INT_LIST.accepts(JSON.readTree("[5]"), "[5.0]")).isFalse();
    assertThat(AnswerKind.INT_LIST.accepts(JSON.readTree("[-5]"), "[\u22125]")).isTrue();
  }

  @Property(tries = 3000)
  void plainTextIsOnlyStripped(
      @ForAll @Chars({'0', '7', '-', '+', ',', ' ', '[', ']', '(', ')', 'a', 'x', '<', '=', '\t'})
          String text) {
    // The short cut for plain answers gives what the full cleaning gives.
    assertThat(Surface.plain(text)).isTrue();
    assertThat(Surface.clean(text)).isEqualTo(Surface.cleanSurface(text));
  }

  @Property(tries = 3000)
  void textWithSurfaceTakesTheFullCleaning(
      @ForAll @Chars({'1', '-', ' ', '{', '}', '\\', '$', '.', 't', 'e', 'x', '\u2212', '\u00a0'})
          String text) {
    assertThat(Surface.clean(text)).isEqualTo(Surface.cleanSurface(text));
  }
}
