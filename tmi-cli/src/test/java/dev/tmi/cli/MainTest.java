package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.synth.SampleJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  /** The outcome of one CLI call. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void tasksListsEveryTaskWithItsClassAndRanges() throws Exception {
    Run r = run("tasks");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("addition", "Simulation", "10-30", "31-40", "41-50", "index-hint");
    assertThat(r.out()).contains("digit-sum (extra)");
    JsonNode json = SampleJson.MAPPER.readTree(run("tasks", "--json").out());
    JsonNode bs = null;
    for (JsonNode t : json) {
      if (t.get("id").asText().equals("binary-search")) {
        bs = t;
      }
    }
    assertThat(bs).isNotNull();
    assertThat(bs.get("class").asText()).isEqualTo("divide-and-conquer");
    assertThat(bs.at("/ranges/L/1").asInt()).isEqualTo(70);
    assertThat(bs.get("variants").toString()).contains("no-fetcher");
  }

  @Test
  void showPrintsQueryResponseAndAnswer() throws Exception {
    Run r = run("show", "binary-search", "--split", "M", "--variant", "tail", "--seed", "7");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("## Query", "## Response", "\\boxed{", " -> F", "split M");
    Run json = run("show", "knapsack", "--json", "--variant", "no-fetcher");
    JsonNode n = SampleJson.MAPPER.readTree(json.out());
    assertThat(n.get("variant").asText()).isEqualTo("no-fetcher");
    assertThat(n.get("cot").asText()).doesNotContain("w1=");
    assertThat(run("show", "binary-search", "--seed", "7").out())
        .isEqualTo(run("show", "binary-search", "--seed", "7").out());
  }

  @Test
  void solveReproducesThePapersBinarySearch() {
    Run r =
        run(
            "solve",
            "binary-search",
            "--instance",
            "{\"list\":[-5957,-5259,-4195,-2263,1289,3514,3632,4284,5991,6578,7333],"
                + "\"target\":-5259}");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("{0,10} -> {0,4}", "{0,4} -> {0,1}", "{0,1} -> {1,1}", "\\boxed{1}");
  }

  @Test
  void badInstancesAreRejectedWithTheFieldNamed() {
    Run notJson = run("solve", "binary-search", "--instance", "{list:");
    assertThat(notJson.code()).isEqualTo(2);
    assertThat(notJson.err()).contains("--instance is not valid JSON").doesNotContain("Exception");
    Run badField = run("solve", "binary-search", "--instance", "{\"list\":[3,1],\"target\":3}");
    assertThat(badField.code()).isEqualTo(2);
    assertThat(badField.err()).contains("'list'", "strictly increasing");
    Run unknownField = run("solve", "binary-search", "--instance", "{\"lst\":[1],\"target\":1}");
    assertThat(unknownField.code()).isEqualTo(2);
    assertThat(unknownField.err()).contains("does not fit task binary-search");
  }

  @Test
  void unknownTaskOrVariantGivesAOneLineError() {
    Run r = run("show", "no-such-task");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("tmi show: error: unknown task 'no-such-task'");
    assertThat(r.err().lines().count()).isEqualTo(1);
    Run v = run("show", "lcs-nope", "--variant", "x");
    assertThat(v.code()).isEqualTo(2);
    Run bad = run("show", "knapsack", "--variant", "index-hint");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("has no variant 'index-hint'");
  }

  @Test
  void synthRejectsBadInputWithoutWritingAnything() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(run("synth", "--tasks", "nope", "--out", out.toString()).err())
        .contains("unknown task 'nope'");
    Run mix = run("synth", "--tasks", "addition", "--mix", "8:1", "--out", out.toString());
    assertThat(mix.code()).isEqualTo(2);
    assertThat(mix.err()).contains("malformed mixture '8:1'");
    Run big = run("synth", "--tasks", "addition", "--train", "-5", "--out", out.toString());
    assertThat(big.code()).isEqualTo(2);
    assertThat(big.err()).contains("--train must be between 0 and");
    Run shard = run("synth", "--tasks", "addition", "--shard", "4/4", "--out", out.toString());
    assertThat(shard.code()).isEqualTo(2);
    assertThat(out).doesNotExist();
    Path full = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(full.resolve("x"), "keep");
    Run notEmpty = run("synth", "--tasks", "addition", "--train", "3", "--out", full.toString());
    assertThat(notEmpty.code()).isEqualTo(2);
    assertThat(notEmpty.err()).contains("is not empty");
    assertThat(Files.readString(full.resolve("x"))).isEqualTo("keep");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("full");
    }
  }

  @Test
  void aTaskFromAnotherJarGetsSynthesisForFree() throws Exception {
    Path out = tmp.resolve("ds");
    Run r =
        run(
            "synth",
            "--tasks",
            "digit-sum",
            "--train",
            "50",
            "--eval",
            "5",
            "--variants",
            "tail,tail-styled,no-linear,no-atomic,no-fetcher,direct",
            "--out",
            out.toString(),
            "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 390 samples");
    assertThat(out.resolve("digit-sum/no-atomic/train.jsonl")).exists();
    JsonNode manifest = SampleJson.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("files")).hasSize(24);
  }
}
