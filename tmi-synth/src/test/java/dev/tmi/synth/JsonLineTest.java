package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonLineTest {
  @Property(tries = 3000)
  void anyStringSurvivesTheRoundTripThroughJackson(@ForAll String text, @ForAll String other)
      throws Exception {
    Bytes b = new Bytes(16);
    new JsonLine(b)
        .begin()
        .field("a", text)
        .field("n", -5)
        .raw("r", "[1,2]".getBytes())
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
    new JsonLine(b).begin().field("cot", new StringBuilder(text)).end();
    String line = new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
    assertThat(line).isEqualTo("{\"cot\":" + SampleJson.MAPPER.writeValueAsString(text) + "}\n");
  }

  private static String utf8RoundTrip(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
