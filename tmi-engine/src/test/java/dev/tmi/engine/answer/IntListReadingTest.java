package dev.tmi.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;

/** The one-pass reading of canonical integer lists agrees with the general reading. */
class IntListReadingTest {

  @Property(tries = 3000)
  void canonicalListsReadInOnePassAsTheGeneralReadingReadsThem(
      @ForAll @Size(max = 12) List<Long> values) {
    ArrayNode expected = JsonNodeFactory.instance.arrayNode();
    values.forEach(v -> expected.add(BigInteger.valueOf(v)));
    String boxed = AnswerKind.INT_LIST.box(expected);
    ArrayNode fast = AnswerKind.readCanonicalIntList(boxed);
    boolean fits = values.stream().allMatch(v -> Long.toString(Math.abs(v)).length() <= 18);
    if (fits) {
      assertThat(fast).as(boxed).isNotNull();
      assertThat(values(fast)).as(boxed).isEqualTo(values(AnswerKind.readAnyIntList(boxed)));
    } else {
      assertThat(fast).as(boxed).isNull();
    }
    assertThat(AnswerKind.INT_LIST.accepts(expected, boxed)).as(boxed).isTrue();
  }

  @Property(tries = 5000)
  void anyOtherTextIsLeftToTheGeneralReading(
      @ForAll @Chars({'[', ']', ',', ' ', '-', '0', '7', '9', 'x', '+'}) String text) {
    ArrayNode fast = AnswerKind.readCanonicalIntList(text);
    if (fast != null) {
      // Whatever the one pass reads, the general reading reads the same way.
      assertThat(values(fast)).as(text).isEqualTo(values(AnswerKind.readAnyIntList(text)));
    }
  }

  /** The numbers of a list (a long and a big integer of the same value read the same). */
  private static List<BigInteger> values(ArrayNode a) {
    List<BigInteger> out = new java.util.ArrayList<>();
    a.forEach(n -> out.add(n.bigIntegerValue()));
    return out;
  }
}
