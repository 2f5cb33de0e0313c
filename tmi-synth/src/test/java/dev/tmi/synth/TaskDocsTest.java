package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in task pages are what the code generates; run `./tmi docs` after a change. */
class TaskDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "tasks");

  @Test
  void everyTaskPageIsCurrent() throws Exception {
    TaskRegistry registry = TaskRegistry.load();
    for (Task<?> t : registry.all()) {
      Path page = DOCS.resolve(t.info().id() + ".md");
      assertThat(page).as("missing %s: run ./tmi docs", page).exists();
      assertThat(Files.readString(page))
          .as("%s is stale: run ./tmi docs", page)
          .isEqualTo(TaskDocs.page(t));
    }
    assertThat(Files.readString(DOCS.resolve("README.md"))).isEqualTo(TaskDocs.index(registry));
  }

  @Test
  void pagesShowEveryVariantAndLengthStatistics() {
    String page = TaskDocs.page(TaskRegistry.load().get("addition"));
    assertThat(page)
        .contains("### `tail`", "### `no-atomic`", "### `index-hint`", "## Instance fields")
        .contains("| `tail` |", "S mean", "L max");
  }
}
