package dev.tmi.engine.answer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.List;

/** Builds canonical answers of each kind. */
public final class Answers {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Answers() {}

  /** An integer answer, as a JSON number. */
  public static Answer integer(long value) {
    return new Answer(JSON.numberNode(value), Long.toString(value));
  }

  /** A big integer answer, as a JSON string (the interface's "integer string"). */
  public static Answer integerString(BigInteger value) {
    return new Answer(JSON.textNode(value.toString()), value.toString());
  }

  /** A decimal answer, as a canonical decimal string. */
  public static Answer decimal(String canonical) {
    return new Answer(JSON.textNode(canonical), canonical);
  }

  /** A text answer. */
  public static Answer text(String text) {
    return new Answer(JSON.textNode(text), text);
  }

  /** A relation answer: {@code <}, {@code =} or {@code >}. */
  public static Answer relation(String relation) {
    return new Answer(JSON.textNode(relation), relation);
  }

  /**
   * A list of integers. The boxed text is written from the numbers as the list is built, as {@link
   * AnswerKind#box} writes it from the list: reading every element back from the JSON tree had been
   * a fiftieth of synthesizing dijkstra.
   */
  public static Answer intList(List<? extends Number> values) {
    int n = values.size();
    ArrayNode a = JSON.arrayNode(n);
    StringBuilder boxed = new StringBuilder(2 + n * 6).append('[');
    for (int i = 0; i < n; i++) {
      long v = values.get(i).longValue();
      a.add(v);
      if (i > 0) {
        boxed.append(", ");
      }
      boxed.append(v);
    }
    return new Answer(a, boxed.append(']').toString());
  }

  /** A list of texts compared as a set. */
  public static Answer textSet(List<String> values) {
    ArrayNode a = JSON.arrayNode(values.size());
    values.forEach(a::add);
    return new Answer(a, AnswerKind.TEXT_SET.box(a));
  }

  /** A list of integer pairs. */
  public static Answer pairs(List<long[]> pairs) {
    ArrayNode a = JSON.arrayNode(pairs.size());
    for (long[] p : pairs) {
      a.addArray().add(p[0]).add(p[1]);
    }
    return new Answer(a, AnswerKind.INT_PAIR_LIST.box(a));
  }
}
