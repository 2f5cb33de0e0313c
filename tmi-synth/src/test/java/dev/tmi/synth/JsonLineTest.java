package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.format.TextBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonLineTest {
  @Property(tries = 3000)
  void anyStringSurvivesTheRoundTripThroughJackson(@ForAll String text, @ForAll String other)
      throws Exception {
    Bytes b = new Bytes(16);
    // A reused buffer holds less than its array: only what it holds is written.
    Bytes raw = new Bytes(64);
    raw.write("[1,2]".getBytes(StandardCharsets.UTF_8), 0, 5);
    new JsonLine(b)
        .begin()
        .field(JsonLine.key("a"), text)
        .field("n", -5)
        .raw(JsonLine.key("r"), raw)
        .field("b", other)
        .end();
    String line = new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
    assertThat(line).endsWith("}\n").doesNotContain("\n}");
    JsonNode n = SampleJson.MAPPER.readTree(line);
    // Valid text comes back unchanged; a lone surrogate becomes '?' as String.getBytes does.
    assertThat(n.get("a").asText()).isEqualTo(utf8RoundTrip(text));
    assertThat(n.get("b").asText()).isEqualTo(utf8RoundTrip(other));
    assertThat(n.get("n").asLong()).isEqualTo(-5);
    assertThat(n.get("r").size()).isEqualTo(2);
  }

  @Test
  void writesWhatJacksonWritesForTraceLikeAndNonAsciiText() throws Exception {
    String text = "col0\na0=6, b0=0\t\"q\" \\ \u0001 caf\u00e9 \u2192 \uD83D\uDE00 end";
    Bytes b = new Bytes(4);
    new JsonLine(b).begin().field("cot", text).end();
    String line = new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
    assertThat(line).isEqualTo("{\"cot\":" + SampleJson.MAPPER.writeValueAsString(text) + "}\n");
  }

  @Property(tries = 2000)
  void asciiTextIsWrittenAsTheEscapingBufferWritesIt(@ForAll("asciiText") String text)
      throws Exception {
    Bytes direct = new Bytes(4);
    new JsonLine(direct).begin().field("query", text).field("answer", text).end();
    Bytes viaBuffer = new Bytes(4);
    new JsonLine(viaBuffer)
        .begin()
        .field(JsonLine.key("query"), TextBuffer.json().append(text))
        .field(JsonLine.key("answer"), TextBuffer.json().append(text))
        .end();
    assertThat(Arrays.copyOf(direct.array(), direct.length()))
        .isEqualTo(Arrays.copyOf(viaBuffer.array(), viaBuffer.length()));
    String line = new String(direct.array(), 0, direct.length(), StandardCharsets.UTF_8);
    assertThat(SampleJson.MAPPER.readTree(line).get("query").asText()).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> asciiText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300),
        Arbitraries.strings().ascii().ofMaxLength(300));
  }

  @Property(tries = 2000)
  void anEscapedTextBufferWritesTheSameBytesAsTheStringItHolds(@ForAll List<String> pieces) {
    String whole = String.join("", pieces);
    for (int i = 1; i < whole.length(); i++) {
      // A surrogate pair split over two appends is two lone surrogates; formats never do that.
      Assume.that(
          !Character.isSurrogatePair(whole.charAt(i - 1), whole.charAt(i)) || !boundary(pieces, i));
    }
    TextBuffer text = TextBuffer.json();
    for (String p : pieces) {
      if (p.length() == 1) {
        text.append(p.charAt(0));
      } else {
        text.append(p);
      }
    }
    Bytes viaBuffer = new Bytes(4);
    new JsonLine(viaBuffer).begin().field(JsonLine.key("cot"), text).end();
    Bytes viaString = new Bytes(4);
    new JsonLine(viaString).begin().field("cot", whole).end();
    assertThat(Arrays.copyOf(viaBuffer.array(), viaBuffer.length()))
        .isEqualTo(Arrays.copyOf(viaString.array(), viaString.length()));
  }

  @Property(tries = 500)
  void aKeyMadeUpFrontWritesWhatItsNameWrites(@ForAll String name, @ForAll long value)
      throws Exception {
    Assume.that(!utf8RoundTrip(name).equals("x"));
    Bytes byKey = new Bytes(4);
    new JsonLine(byKey)
        .begin()
        .field(JsonLine.key(name), value)
        .field(JsonLine.key("x"), "y")
        .end();
    Bytes byName = new Bytes(4);
    new JsonLine(byName).begin().field(name, value).field("x", "y").end();
    String line = new String(byKey.array(), 0, byKey.length(), StandardCharsets.UTF_8);
    assertThat(line)
        .isEqualTo(new String(byName.array(), 0, byName.length(), StandardCharsets.UTF_8));
    assertThat(SampleJson.MAPPER.readTree(line).get(utf8RoundTrip(name)).asLong()).isEqualTo(value);
  }

  @Test
  void refusesAPlainTextBufferAsEscapedJson() {
    assertThatThrownBy(
            () -> new JsonLine(new Bytes(4)).field(JsonLine.key("cot"), TextBuffer.plain()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean boundary(List<String> pieces, int index) {
    int at = 0;
    for (String p : pieces) {
      at += p.length();
      if (at == index) {
        return true;
      }
    }
    return false;
  }

  private static String utf8RoundTrip(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
