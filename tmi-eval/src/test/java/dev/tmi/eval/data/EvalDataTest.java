package dev.tmi.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.Evaluation;
import dev.tmi.eval.Fixture;
import dev.tmi.eval.TestData;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.synth.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDataTest {
  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(tmp, 3, List.of("tail"));
  }

  static List<EvalSample> load(Path dir, List<String> tasks, String variant, int limit)
      throws Exception {
    return EvalData.load(
        TaskRegistry.load(),
        new EvalData.Selection(dir, tasks, List.of(Split.values()), variant, limit));
  }

  @Test
  void loadsEverySampleInOrderWithLimits() throws Exception {
    List<EvalSample> all = load(data, List.of(), "tail", 0);
    assertThat(all).hasSize(TestData.tasks().size() * 3 * 3);
    assertThat(load(data, List.of("knapsack"), "tail", 2))
        .hasSize(6)
        .allMatch(s -> s.sample().task().equals("knapsack"));
    assertThat(all.get(0).source()).endsWith("eval-S.jsonl:1");
  }

  @Test
  void chainsOfThoughtAreTakenAsRenderingsOnlyInTheTraceFormatThisTmiWrites() throws Exception {
    assertThat(load(data, List.of(), "tail", 0)).allMatch(EvalSample::cotIsRendering);
    Path other = TestData.copyTree(data, tmp.resolve("other-format"));
    Path manifest = other.resolve("manifest.json");
    var mapper = new ObjectMapper();
    var tree = (ObjectNode) mapper.readTree(manifest.toFile());
    var generator = (ObjectNode) tree.get("generator");
    assertThat(generator.path("format").asText()).isEqualTo(Version.FORMAT);
    generator.put("format", "0");
    mapper.writeValue(manifest.toFile(), tree);
    List<EvalSample> older = load(other, List.of(), "tail", 0);
    assertThat(older).isNotEmpty().noneMatch(EvalSample::cotIsRendering);
    // A run on such data says so (re-scoring an empty run, no model), and only on such data.
    assertThat(notesOfRun(other, tmp.resolve("run-other")))
        .anyMatch(n -> n.contains("was not written in trace format"));
    assertThat(notesOfRun(data, tmp.resolve("run-current")))
        .noneMatch(n -> n.contains("trace format"));
  }

  /** What an evaluation of {@code dir} without a model tells the user. */
  private static List<String> notesOfRun(Path dir, Path out) throws Exception {
    List<String> notes = new ArrayList<>();
    Evaluation.run(
        Fixture.config(dir, out, "tail", null, Fixture.inference(1, 0)),
        null,
        null,
        null,
        new EvalListener() {
          @Override
          public void note(String message) {
            notes.add(message);
          }
        });
    return notes;
  }

  @Test
  void badInputIsNamed() throws Exception {
    assertThatThrownBy(() -> load(tmp, List.of(), "tail", 0))
        .hasMessageContaining("has no manifest.json");
    assertThatThrownBy(() -> load(data, List.of("no-such-task"), "tail", 0))
        .hasMessageContaining("unknown task 'no-such-task'");
    assertThatThrownBy(() -> load(data, List.of("knapsack"), "tail-styled", 0))
        .hasMessageContaining("no eval-S file for task knapsack, variant tail-styled");
    assertThatThrownBy(() -> load(data, List.of(), "nonsense", 0))
        .hasMessageContaining("holds no eval files of variant 'nonsense'");
  }

  @Test
  void aMalformedLineIsNamedByFileAndLine() throws Exception {
    Path copy = TestData.copyTree(data, tmp.resolve("copy"));
    Path f = copy.resolve("knapsack/tail/eval-M.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(f));
    lines.set(1, lines.get(1).substring(0, 40));
    Files.write(f, lines);
    assertThatThrownBy(() -> load(copy, List.of("knapsack"), "tail", 0))
        .hasMessageContaining("does not match its checksum");
    String manifest =
        Files.readString(copy.resolve("manifest.json"))
            .replaceAll("\"sha256\" : \"[0-9a-f]+\"", "\"sha256\" : \"\"");
    Files.writeString(copy.resolve("manifest.json"), manifest);
    assertThatThrownBy(() -> load(copy, List.of("knapsack"), "tail", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("knapsack/tail/eval-M.jsonl:2: malformed sample");
  }
}
