package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.testing.TextArbitraries;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ValueJsonTest {
  private final ValueJson json = new ValueJson(TextBuffer.json());

  record Job(int id, String name, List<Integer> times) {}

  record Nested(String text, List<Job> jobs, List<List<Integer>> edges, boolean flag, long big) {}

  private void assertSameAsJackson(Object value) {
    Bytes buf = new Bytes(16);
    json.into(value, buf);
    assertThat(new String(buf.array(), 0, buf.length(), StandardCharsets.UTF_8))
        .as(String.valueOf(value))
        .isEqualTo(new String(SampleJson.bytes(value), StandardCharsets.UTF_8));
    ;
  }

  @Test
  void writesEveryTasksInstancesAndAnswersAsJacksonDoes() {
    TaskRegistry registry = TaskRegistry.load();
    for (String id : registry.ids()) {
      Task<?> task = registry.get(id);
      for (Split split : Split.values()) {
        for (int i = 0; i < 150; i++) {
          Drawn<?> d = Drawn.draw(task, 11, "test", i, split);
          assertSameAsJackson(d.instance());
          assertSameAsJackson(d.solve().answer().json());
          assertThat(json.handles(d.instance())).as(id).isTrue();
        }
      }
    }
  }

  /**
   * Strings with characters to escape anywhere in them (a plain prefix goes straight into the line,
   * the rest through the escaping buffer), control characters and surrogates that go to Jackson.
   */
  @Property(tries = 2000)
  void writesAnyStringAsJacksonDoes(
      @ForAll("mixedText") String text, @ForAll("mixedText") String name) {
    assertSameAsJackson(new Job(1, text, List.of()));
    assertSameAsJackson(
        new Nested(text, List.of(new Job(2, name, List.of(5))), List.of(), false, 0));
  }

  @Provide
  Arbitrary<String> mixedText() {
    return TextArbitraries.withCharactersToEscape(40);
  }

  @Test
  void writesNestedRecordsListsAndTreesAsJacksonDoes() {
    assertSameAsJackson(
        new Nested(
            "caf\u00e9 \"q\" \\ \n\t \u2192",
            List.of(new Job(1, "a", List.of(3, -4)), new Job(2, "", List.of())),
            List.of(List.of(0, 1, 7), List.of()),
            true,
            Long.MIN_VALUE));
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("x", 5).put("y", "text").putArray("z").add(1).add("two").add(false);
    assertSameAsJackson(node);
  }

  @Test
  void leavesWhatItDoesNotKnowToJackson() {
    // Jackson escapes a backspace, a form feed and a surrogate pair its own way; the node for a
    // decimal and a map are not shapes the tasks use.
    assertThat(json.handles(new Job(1, "a\bb", List.of(1)))).isFalse();
    assertSameAsJackson(new Job(1, "a\bb\fc\u0001", List.of(1)));
    assertSameAsJackson(new Job(1, "smile \uD83D\uDE00", List.of(1)));
    assertSameAsJackson(JsonNodeFactory.instance.numberNode(new BigDecimal("1.50")));
    assertSameAsJackson(Map.of("k", 1));
    assertSameAsJackson(List.of(1.5, 2.25));
  }

  @Test
  void writesIntoAReusedBufferWhatJacksonWritesAndFallsBackWhole() {
    Bytes buf = new Bytes(4);
    for (Object v :
        List.of(
            new Job(1, "a", List.of(3, -4)),
            new Job(1, "a\bb", List.of(1)),
            Map.of("k", 1),
            new Job(2, "a much longer name than the buffer holds", List.of()))) {
      json.into(v, buf);
      assertThat(new String(buf.array(), 0, buf.length(), StandardCharsets.UTF_8))
          .isEqualTo(new String(SampleJson.bytes(v), StandardCharsets.UTF_8));
    }
  }

  @Test
  void keysOfBytesEqualKeysOfTheSameAsciiText() {
    for (String s : List.of("", "a", "{\"a\":\"12\",\"b\":[1,2]}", "x".repeat(300))) {
      byte[] b = (s + "trailing garbage").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(Keys.h1(b, s.length())).isEqualTo(Keys.h1(s));
      assertThat(Keys.h2(b, s.length())).isEqualTo(Keys.h2(s));
    }
    assertThat(Keys.h1("ab".getBytes(), 2)).isNotEqualTo(Keys.h1("ba".getBytes(), 2));
    assertThat(Keys.h2("ab".getBytes(), 2)).isNotEqualTo(Keys.h2("ba".getBytes(), 2));
  }

  @Property(tries = 2000)
  void writesEveryIntegerAsJacksonDoes(@ForAll long v, @ForAll int i) {
    assertSameAsJackson(v);
    assertSameAsJackson(i);
    assertSameAsJackson(JsonNodeFactory.instance.numberNode(v));
    assertSameAsJackson(JsonNodeFactory.instance.numberNode(i));
  }

  @Test
  void writesTheIntegerEdgesAsJacksonDoes() {
    for (long v :
        new long[] {
          0,
          9,
          10,
          -1,
          -9,
          -10,
          99,
          100,
          Integer.MAX_VALUE,
          Integer.MIN_VALUE,
          Long.MAX_VALUE,
          Long.MIN_VALUE,
          Long.MIN_VALUE + 1,
          999_999_999_999_999_999L,
          1_000_000_000_000_000_000L
        }) {
      assertSameAsJackson(v);
      assertSameAsJackson(List.of(v, -v));
    }
  }
}
