package dev.tmi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One golden sample per task and variant, checked in under {@code src/test/resources/golden} and
 * reviewed by eye once. Any change to generation, templates or rendering shows up here as a diff.
 * Regenerate with {@code -Dtmi.golden.update=true} and review the diff before committing.
 */
class GoldenSamplesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyTaskAndVariantMatchesItsGoldenSample() throws Exception {
    boolean update = Boolean.getBoolean("tmi.golden.update");
    List<String> stale = new ArrayList<>();
    for (Task<?> t : TaskRegistry.load().all()) {
      for (Variant v : TaskRegistry.variants(t)) {
        Path file = DIR.resolve(t.info().id()).resolve(v.id() + ".txt");
        String expected = render(t, v);
        if (update) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, expected, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
          stale.add(file.toString());
        }
      }
    }
    assertThat(stale)
        .as("golden samples differ; rerun with -Dtmi.golden.update=true and review the diff")
        .isEmpty();
  }

  private static <I> String render(Task<I> t, Variant v) throws Exception {
    Drawn<I> d = Drawn.draw(t, 2026, "golden", 0, Split.S);
    Solution sol = d.solve();
    String response =
        Sample.response(
            v.render(sol.trace().events()), t.boxed(sol.answer(), d.instance(), v.id()));
    return "# "
        + t.info().id()
        + " / "
        + v.id()
        + "\n## instance\n"
        + JSON.writeValueAsString(d.instance())
        + "\n## query\n"
        + d.query(v.id())
        + "\n## response\n"
        + response
        + "\n## answer\n"
        + JSON.writeValueAsString(sol.answer().json())
        + "\n";
  }
}
