package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.testing.TextArbitraries;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextBufferTest {
  @Property(tries = 2000)
  void aPlainBufferHoldsTheUtf8OfWhatWasAppended(
      @ForAll String a, @ForAll char c, @ForAll String b) {
    TextBuffer t = TextBuffer.plain().append(a).append(c).append(b);
    String expected = a + (Character.isSurrogate(c) ? '?' : c) + b;
    assertThat(t.toString()).isEqualTo(utf8RoundTrip(expected));
    assertThat(t.length())
        .isEqualTo(utf8RoundTrip(expected).getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void escapesForJsonWithTheShortForms() {
    TextBuffer t = TextBuffer.json();
    t.append("col0\na0=6\t\"q\" \\ \u0001 caf\u00e9 \u2192 \uD83D\uDE00").append('\n').append('\r');
    assertThat(t.toString())
        .isEqualTo("col0\\na0=6\\t\\\"q\\\" \\\\ \\u0001 caf\u00e9 \u2192 \uD83D\uDE00\\n\\r");
  }

  @Property(tries = 2000)
  void writesWhatTheJdkEncodesWithEscapesAnywhereInTheString(
      @ForAll("textWithSpecials") String text, @ForAll("indices") int cut) {
    int from = Math.min(cut, text.length());
    if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
      from--; // a pair is not cut in two
    }
    String tail = text.substring(from);
    TextBuffer plain = TextBuffer.plain(1).append("<").append(text, from);
    assertThat(plain.toString()).isEqualTo("<" + utf8RoundTrip(tail));
    TextBuffer json = TextBuffer.json().append("<").append(text, from);
    assertThat(json.toString()).isEqualTo("<" + jsonEscaped(utf8RoundTrip(tail)));
  }

  @Test
  void aLoneSurrogateBecomesAQuestionMarkInBothModes() {
    for (TextBuffer t : new TextBuffer[] {TextBuffer.plain(1), TextBuffer.json()}) {
      t.append("a\uD800b\uDC00").append('\uDBFF').append("\uD83D\uDE00");
      assertThat(t.toString()).isEqualTo("a?b??\uD83D\uDE00");
    }
  }

  /** A constant encoded once appends what its string appends, in either kind of buffer. */
  @Property(tries = 2000)
  void anEncodedTextAppendsWhatItsStringAppends(
      @ForAll("textWithSpecials") String before, @ForAll("textWithSpecials") String text) {
    EncodedText encoded = new EncodedText(text);
    assertThat(encoded.text()).isEqualTo(text);
    for (boolean json : new boolean[] {false, true}) {
      TextBuffer a = json ? TextBuffer.json() : TextBuffer.plain(4);
      TextBuffer b = json ? TextBuffer.json() : TextBuffer.plain(4);
      a.append(before).append(text).append(text);
      b.append(before).append(encoded).append(encoded);
      assertThat(b.length()).isEqualTo(a.length());
      assertThat(b.toString()).isEqualTo(a.toString());
    }
  }

  @Provide
  Arbitrary<String> textWithSpecials() {
    return TextArbitraries.withCharactersToEscape(60);
  }

  @Provide
  Arbitrary<Integer> indices() {
    return Arbitraries.integers().between(0, 60);
  }

  /** The JSON escaping TextBuffer promises, written the simple way. */
  private static String jsonEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void aNewlineIsWhatAppendingTheCharacterWrites() {
    for (TextBuffer t : new TextBuffer[] {TextBuffer.plain(1), TextBuffer.json()}) {
      TextBuffer viaChar = t.isJson() ? TextBuffer.json() : TextBuffer.plain(1);
      for (int i = 0; i < 40; i++) {
        t.append("a" + i).newline();
        viaChar.append("a" + i).append('\n');
      }
      assertThat(t.toString()).isEqualTo(viaChar.toString());
      assertThat(t.length()).isEqualTo(viaChar.length());
    }
    assertThat(TextBuffer.json().append("x").newline().toString()).isEqualTo("x\\n");
  }

  @Test
  void growsAndResetsKeepingNothing() {
    TextBuffer t = TextBuffer.plain();
    String line = "s12:=7, carry:=1\n";
    for (int i = 0; i < 1000; i++) {
      t.append(line);
    }
    assertThat(t.length()).isEqualTo(1000 * line.length());
    assertThat(t.toString()).startsWith(line).endsWith(line);
    t.reset();
    assertThat(t.length()).isZero();
    assertThat(t.append("x").toString()).isEqualTo("x");
  }

  private static String utf8RoundTrip(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void truncateTakesBackWhatWasWrittenSinceAnEarlierLength() {
    TextBuffer b = TextBuffer.json();
    b.append("ab");
    int mark = b.length();
    b.newline().append("c\"d");
    b.truncate(mark);
    assertThat(b.toString()).isEqualTo("ab");
    b.append('e');
    assertThat(b.toString()).isEqualTo("abe");
    assertThatThrownBy(() -> b.truncate(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.truncate(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
