package dev.tmi.engine.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Strings for property tests of text that is escaped or encoded. */
public final class TextArbitraries {
  private TextArbitraries() {}

  /**
   * Mostly printable ASCII, with quotes, backslashes, control characters and characters beyond
   * ASCII (pairs and lone surrogates among them) mixed in anywhere.
   */
  public static Arbitrary<String> withCharactersToEscape(int maxLength) {
    Arbitrary<Character> ch =
        Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.chars().range(' ', '~')),
            Tuple.of(2, Arbitraries.of('"', '\\', '\n', '\r', '\t', '\u0001', '\u007f')),
            Tuple.of(2, Arbitraries.chars().range('\u0080', '\uFFFF')));
    return ch.list()
        .ofMaxSize(maxLength)
        .map(
            cs -> {
              StringBuilder sb = new StringBuilder(cs.size());
              cs.forEach(sb::append);
              return sb.toString();
            });
  }
}
