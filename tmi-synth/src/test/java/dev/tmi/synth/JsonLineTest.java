package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JsonLineTest {
  @Property(tries = 3000)
  void anyStringSurvivesTheRoundTripThroughJackson(@ForAll String text, @ForAll String other)
      throws Exception {
    Bytes b = new Bytes(16);
    new JsonLine(b).begin().field("a", text).field("n", -5).raw("r", "[1,2]".getBytes()).field("b", other).end();
    String line = new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
    assertThat(line).endsWith("}\n").doesNotContain("\n}");
    JsonNode n = SampleJson.MAPPER.readTree(line);
    assertThat(n.get("a").asText()).isEqualTo(text);
    assertThat(n.get("b").asText()).isEqualTo(other);
    assertThat(n.get("n").asLong()).isEqualTo(-5);
    assertThat(n.get("r").size()).isEqualTo(2);
  }
}
