package dev.tmi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Synthesis writes each query straight into its sample's line through the task's templates; that
 * text must be the query string, for every task, variant and split, as plain text and escaped for
 * JSON exactly as Jackson writes the string.
 */
class QueryIntoBufferTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<Task<?>> tasks() {
    return Arbitraries.of(TaskRegistry.load().all());
  }

  @Property(tries = 3000)
  void theQueryWrittenIntoABufferIsTheQueryString(
      @ForAll("tasks") Task<?> task,
      @ForAll Split split,
      @ForAll @LongRange(min = 0, max = 1_000_000) long index)
      throws Exception {
    check(task, split, index);
  }

  private static <I> void check(Task<I> task, Split split, long index) throws Exception {
    Drawn<I> d = Drawn.draw(task, 7, "train", index, split);
    for (Variant v : TaskRegistry.variants(task)) {
      String query = d.query(v.id());
      TextBuffer plain = TextBuffer.plain();
      TextBuffer json = TextBuffer.json();
      d.query(v.id(), plain);
      d.query(v.id(), json);
      assertThat(plain.toString()).as(task.info().id() + " " + v.id()).isEqualTo(query);
      String quoted = JSON.writeValueAsString(query);
      assertThat('"' + json.toString() + '"').isEqualTo(quoted);
      assertThat(json.length()).isEqualTo(quoted.getBytes(StandardCharsets.UTF_8).length - 2);
    }
  }
}
