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

  /** A list of integers. */
  public static Answer intList(List<? extends Number> values) {
    ArrayNode a = JSON.arrayNode(values.size());
    for (Number v : values) {
      a.add(v.longValue());
    }
    return new Answer(a, AnswerKind.INT_LIST.box(a));
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
