package dev.tmi.engine.format;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code name=value} pairs (fetches) and {@code name:=value} pairs (writes) from tokens. */
final class Assignments {
  private Assignments() {}

  /** A name and a literal. */
  record Pair(String name, String value) {}

  /**
   * Reads {@code NAME op LITERAL (, NAME op LITERAL)*}.
   *
   * @return the pairs, or {@code null} if the tokens do not have that shape
   */
  static List<Pair> parse(List<Token> t, String op) {
    if (t.size() < 3 || (t.size() + 1) % 4 != 0) {
      return null;
    }
    List<Pair> out = new ArrayList<>((t.size() + 1) / 4);
    for (int i = 0; i < t.size(); i += 4) {
      Token name = t.get(i);
      if (name.kind() != Token.Kind.NAME
          || !t.get(i + 1).is(op)
          || t.get(i + 2).kind() != Token.Kind.LITERAL
          || (i + 3 < t.size() && !t.get(i + 3).is(","))) {
        return null;
      }
      out.add(new Pair(name.text(), t.get(i + 2).text()));
    }
    return out;
  }

  /** Reads one {@code NAME = LITERAL} item, or returns {@code null}. */
  static Pair parseOne(List<Token> t) {
    if (t == null
        || t.size() != 3
        || t.get(0).kind() != Token.Kind.NAME
        || !t.get(1).is("=")
        || t.get(2).kind() != Token.Kind.LITERAL) {
      return null;
    }
    return new Pair(t.get(0).text(), t.get(2).text());
  }
}
