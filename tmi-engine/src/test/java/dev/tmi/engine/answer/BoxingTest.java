package dev.tmi.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** A boxed list is its elements' texts joined with ", " in brackets, pairs in parentheses. */
class BoxingTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Property(tries = 2000)
  void listsOfNumbersAndTexts(
      @ForAll @Size(max = 12) List<Integer> ints,
      @ForAll @Size(max = 6) List<Long> longs,
      @ForAll @Size(max = 6) List<String> texts) {
    ArrayNode a = JSON.arrayNode();
    ints.forEach(a::add);
    longs.forEach(a::add);
    // Beyond a long, an integer node keeps its digits.
    a.add(new BigInteger("123456789012345678901234567890"));
    ArrayNode t = JSON.arrayNode();
    texts.forEach(t::add);
    List<String> digits = new ArrayList<>();
    ints.forEach(n -> digits.add(String.valueOf(n)));
    longs.forEach(n -> digits.add(String.valueOf(n)));
    digits.add("123456789012345678901234567890");
    String expected = "[" + String.join(", ", digits) + "]";
    assertThat(AnswerKind.INT_LIST.box(a)).isEqualTo(expected);
    assertThat(AnswerKind.TEXT_SET.box(t)).isEqualTo("[" + String.join(", ", texts) + "]");
  }

  /** An integer list's answer boxes its numbers as the kind boxes its JSON. */
  @Property(tries = 2000)
  void anIntegerListAnswerIsBoxedAsItsKindBoxesIt(
      @ForAll @Size(max = 12) List<Integer> ints, @ForAll @Size(max = 6) List<Long> longs) {
    List<Number> values = new ArrayList<>(ints);
    values.addAll(longs);
    Answer answer = Answers.intList(values);
    assertThat(answer.boxed()).isEqualTo(AnswerKind.INT_LIST.box(answer.json()));
    assertThat(answer.json()).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      assertThat(answer.json().get(i).longValue()).isEqualTo(values.get(i).longValue());
    }
    assertThat(AnswerKind.INT_LIST.read(answer.boxed()))
        .hasValueSatisfying(
            read -> assertThat(AnswerKind.INT_LIST.matches(answer.json(), read)).isTrue());
  }

  @Property(tries = 2000)
  void listsOfPairs(@ForAll @Size(max = 10) List<@Size(2) List<Integer>> pairs) {
    ArrayNode a = JSON.arrayNode();
    pairs.forEach(p -> a.addArray().add(p.get(0)).add(p.get(1)));
    String expected =
        pairs.stream()
            .map(p -> "(" + p.get(0) + ", " + p.get(1) + ")")
            .collect(Collectors.joining(", ", "[", "]"));
    assertThat(AnswerKind.INT_PAIR_LIST.box(a)).isEqualTo(expected);
  }
}
