package dev.tmi.lab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.format.CompactFormat;
import dev.tmi.engine.format.MinimalFormat;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact format carries exactly the events of every lab variant of every task. */
class CompactFormatTest {

  @Test
  void roundTripsRealTracesOfEveryTaskAndVariant() {
    for (Task<?> task : TaskRegistry.load().all()) {
      for (String v : List.of("tail", "no-fetcher", "no-atomic", "no-linear")) {
        check(task, v);
      }
    }
  }

  private static <I> void check(Task<I> task, String variantId) {
    @SuppressWarnings("unchecked")
    LabCodec<I> codec = (LabCodec<I>) LabCodec.of(task, variantId);
    Variant v = codec.variant();
    assertThat(v.format()).isSameAs(CompactFormat.INSTANCE);
    for (Split split : Split.values()) {
      for (int i = 0; i < 40; i++) {
        Drawn<I> d = Drawn.draw(task, 11, "rt", i, split);
        List<Event> events = d.solve().trace().events();
        String text = v.render(events);
        ParsedTrace parsed = v.format().parse(text);
        String where = task.info().id() + "/" + variantId + "/" + split + "/" + i;
        assertThat(parsed.errors()).as(where).isEmpty();
        assertThat(parsed.events()).as(where).isEqualTo(v.project(events));
        // Never longer than the minimal format it compacts.
        String minimal = MinimalFormat.INSTANCE.render(v.project(events));
        assertThat(text.length()).as(where).isLessThanOrEqualTo(minimal.length());
        // A correct response verifies as perfect in both modes.
        String response = codec.example(d.instance()).response();
        assertThat(codec.verify(d.instance(), response, Mode.REFERENCE).perfect())
            .as(where)
            .isTrue();
        assertThat(codec.verify(d.instance(), response, Mode.SELF_CONSISTENT).perfect())
            .as(where)
            .isTrue();
      }
    }
  }

  @Test
  void parsingReportsUnreadableLinesWithoutThrowing() {
    ParsedTrace p = CompactFormat.INSTANCE.parse("col0\na0=4,b0=\n>col1\n=?=\n>F");
    assertThat(p.errors()).hasSize(2);
    assertThat(p.errors().get(0).line()).isEqualTo(2);
    assertThat(p.events()).hasSize(4);
  }
}
