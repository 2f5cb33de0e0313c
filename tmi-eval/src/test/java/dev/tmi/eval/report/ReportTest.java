package dev.tmi.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.eval.EvalJson;
import dev.tmi.eval.Fixture;
import dev.tmi.eval.TestData;
import dev.tmi.eval.loopback.Corruption;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Timeout(
    value = 300,
    threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class ReportTest {
  @TempDir static Path tmp;
  static Path tailRun;
  static Path fetcherRun;

  @BeforeAll
  static void runs() throws Exception {
    Path data = TestData.synth(tmp, 6, List.of("tail", "no-fetcher"));
    Corruption[] all = Corruption.values();
    tailRun = tmp.resolve("run-tail");
    fetcherRun = tmp.resolve("run-no-fetcher");
    Fixture.corruptedRun(
        data,
        tailRun,
        "tail",
        s -> all[(int) (s.sample().index() % all.length)],
        new HashMap<>(),
        new HashMap<>());
    Fixture.corruptedRun(
        data,
        fetcherRun,
        "no-fetcher",
        s -> s.sample().index() % 2 == 0 ? Corruption.NONE : Corruption.WRONG_SUM,
        new HashMap<>(),
        new HashMap<>());
    String keep = System.getProperty("tmi.keep");
    if (keep != null) {
      TestData.copyTree(tmp, Path.of(keep));
    }
  }

  @Test
  void oneRunGivesHtmlChartsCsvAndJsonThatAgreeWithTheSummary() throws Exception {
    Path out = tmp.resolve("report-one");
    ReportWriter.Written w = ReportWriter.write(List.of(RunData.load(tailRun)), false, out);
    String html = Files.readString(w.html());
    assertThat(w.charts())
        .extracting(p -> p.getFileName().toString())
        .contains(
            "accuracy-by-split.png",
            "step-accuracy-by-split.png",
            "table2-L.png",
            "errors-by-position.png",
            "errors-by-split.png",
            "errors-by-length.png");
    for (Path p : w.charts()) {
      BufferedImage img = ImageIO.read(p.toFile());
      assertThat(img).as("%s is a PNG", p).isNotNull();
      assertThat(img.getWidth()).isGreaterThan(300);
      assertThat(html).contains("src=\"" + p.getFileName() + "\"");
    }
    assertThat(html)
        .as("offline: no remote resources")
        .doesNotContain("src=\"http", "<link", "<script");

    JsonNode summary = EvalJson.MAPPER.readTree(tailRun.resolve("summary.json").toFile());
    List<String> csv = Files.readAllLines(w.csv());
    int rows = 0;
    for (var t : summary.path("tasks").properties()) {
      for (var s : t.getValue().properties()) {
        rows++;
        String prefix = "loopback-model / tail,loopback-model,tail," + t.getKey() + ",";
        String line =
            csv.stream()
                .filter(l -> l.startsWith(prefix) && l.contains("," + s.getKey() + ","))
                .findFirst()
                .orElseThrow();
        String[] f = line.split(",");
        assertThat(Integer.parseInt(f[6])).isEqualTo(s.getValue().path("n").asInt());
        assertThat(Integer.parseInt(f[7])).isEqualTo(s.getValue().path("correct").asInt());
      }
    }
    assertThat(csv).hasSize(rows + 1);
    JsonNode json = EvalJson.MAPPER.readTree(w.json().toFile());
    assertThat(json.path("runs").get(0).path("tasks")).isEqualTo(summary.path("tasks"));
    JsonNode row = json.path("table2").path("rows").get(0);
    for (var c : summary.path("classes").properties()) {
      assertThat(row.path("cells").path(c.getKey()).path("L").asDouble())
          .isCloseTo(
              100 * c.getValue().path("L").path("accuracy").asDouble(),
              org.assertj.core.data.Offset.offset(0.051));
    }
  }

  @Test
  void compareLinesRunsUpWithThePaper() throws Exception {
    Path out = tmp.resolve("report-compare");
    ReportWriter.Written w =
        ReportWriter.write(List.of(RunData.load(tailRun), RunData.load(fetcherRun)), true, out);
    JsonNode t2 = EvalJson.MAPPER.readTree(w.json().toFile()).path("table2");
    assertThat(t2.path("columns")).hasSize(8);
    assertThat(t2.path("columns").get(1).path("short_name").asText()).isEqualTo("Enum");
    assertThat(t2.path("columns").get(3).path("short_name").asText()).isEqualTo("D&C");
    assertThat(t2.path("rows")).hasSize(2 + 5);
    assertThat(t2.path("rows").get(6).path("name").asText()).isEqualTo("paper: TAIL");
    assertThat(t2.path("rows").get(6).path("cells").path("divide-and-conquer").path("L").asDouble())
        .isEqualTo(89.2);
    String html = Files.readString(w.html());
    assertThat(html)
        .contains("paper: Index Hint", "compare-accuracy.png", "loopback-model / no-fetcher");
    assertThat(w.charts())
        .extracting(p -> p.getFileName().toString())
        .contains("errors-by-position-2.png");
  }

  @Test
  void aDirectoryWithoutScoresIsRefusedClearly() {
    assertThatThrownBy(() -> RunData.load(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no summary.json and scores.jsonl");
  }
}
