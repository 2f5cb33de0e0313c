package dev.tmi.engine.format;

/**
 * A lexical token of a trace line.
 *
 * @param kind what the token is
 * @param text its text (a literal's text as written, a name, or a symbol)
 */
record Token(Kind kind, String text) {
  enum Kind {
    LITERAL,
    NAME,
    SYMBOL
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
