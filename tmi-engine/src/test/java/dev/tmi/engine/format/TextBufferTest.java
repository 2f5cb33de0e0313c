package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
