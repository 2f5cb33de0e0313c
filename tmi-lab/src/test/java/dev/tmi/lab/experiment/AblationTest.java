package dev.tmi.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.synth.SampleJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline of {@code tmi run} on a very small budget: data, two models, eval, report. */
@Tag("slow")
class AblationTest {
  @TempDir Path dir;

  @Test
  void synthesizesTrainsEvaluatesAndReportsThenResumesWithoutRetraining() throws Exception {
    Ablation a =
        new Ablation(
            "binary-search",
            List.of("tail", "direct"),
            1,
            new ModelSpec(1, 32, 2, 2, 2048, PositionEncoding.ROPE),
            new TrainConfig(12, 2048, 2e-3f, 2, 0f, 1f, 1, 5, 0),
            new DataSpec(dir.resolve("data"), 200, 4, 1),
            dir,
            false);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Ablation.Outcome o = a.run(new PrintStream(log, true));
    assertThat(o.results()).hasSize(2);
    assertThat(o.report()).exists();
    assertThat(Files.readString(o.report())).contains("<img").contains("binary-search/tail");
    assertThat(dir.resolve("data/manifest.json")).exists();
    JsonNode s = SampleJson.MAPPER.readTree(dir.resolve("summary.json").toFile());
    for (String split : List.of("S", "M", "L")) {
      JsonNode n = s.path("tasks").path("binary-search").path(split);
      assertThat(n.path("n").asInt()).isEqualTo(4);
      assertThat(n.path("accuracy").asDouble()).isEqualTo(n.path("correct").asDouble() / 4);
    }
    assertThat(s.path("models")).hasSize(2);
    assertThat(o.table()).contains("| tail |").contains("| direct |");
    assertThat(Files.readAllLines(dir.resolve("eval/tail-seed1/responses.jsonl"))).hasSize(12);
    // Again: nothing is retrained, the results are the same.
    Ablation.Outcome again = a.run(new PrintStream(new ByteArrayOutputStream(), true));
    assertThat(again.trainings().get(0).meta().seconds())
        .isEqualTo(o.trainings().get(0).meta().seconds());
    assertThat(again.table()).isEqualTo(o.table());
  }
}
