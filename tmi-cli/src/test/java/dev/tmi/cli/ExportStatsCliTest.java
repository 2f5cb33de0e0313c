package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmi export}, {@code tmi stats} and {@code tmi recipes} from the command line. */
class ExportStatsCliTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path data;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void synth() {
    data = shared.resolve("data");
    Result r =
        run(
            "synth",
            "--tasks",
            "all",
            "--train",
            "12",
            "--eval",
            "2",
            "--variants",
            "tail",
            "--out",
            data.toString(),
            "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void exportStatsAndRecipesWork() throws Exception {
    Path out = tmp.resolve("x");
    Result e =
        run(
            "export",
            "--data",
            data.toString(),
            "--format",
            "xtuner",
            "--out",
            out.toString(),
            "--splits",
            "train,eval-L",
            "--no-progress");
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out()).startsWith("exported ").contains("as xtuner");
    assertThat(out.resolve("addition/tail/train.jsonl")).isRegularFile();
    assertThat(out.resolve("addition/tail/eval-L.jsonl")).isRegularFile();
    assertThat(out.resolve("addition/tail/eval-S.jsonl")).doesNotExist();
    assertThat(out.resolve("dataset_info.json")).isRegularFile();
    assertThat(out.resolve("README.md")).isRegularFile();

    Result s = run("stats", "--data", data.toString(), "--variants", "tail");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("[APPROXIMATE]").contains("TOKENS~").contains("knapsack");

    Result j = run("stats", "--data", data.toString(), "--json");
    assertThat(j.code()).isZero();
    assertThat(j.out()).contains("\"exact\" : false").contains("\"responseTokens\"");

    Result b =
        run(
            "stats",
            "--budget",
            "--tasks",
            "binary-search",
            "--train",
            "1000",
            "--sample",
            "20",
            "--mix",
            "8:1:1",
            "--throughput",
            "3000");
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(b.out()).contains("binary-search").contains("total: ").contains("GPU hours");

    Path rec = tmp.resolve("recipes");
    Result r = run("recipes", "--export", out.toString(), "--out", rec.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(rec.resolve("llamafactory/s-only/knapsack-tail.yaml")).isRegularFile();
    assertThat(rec.resolve("xtuner/s-only/all-tasks-tail.py")).isRegularFile();
    assertThat(rec.resolve("deepspeed/ds_z3_config.json")).isRegularFile();
  }

  @Test
  void badInputGetsAOneLineErrorAndExitCode2() throws Exception {
    Result f =
        run(
            "export",
            "--data",
            data.toString(),
            "--format",
            "csv",
            "--out",
            tmp.resolve("o").toString());
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.err().strip())
        .startsWith("tmi export: error: unknown export format 'csv'; known formats: messages")
        .doesNotContain("\n");
    assertThat(tmp.resolve("o")).doesNotExist();

    Result missing =
        run(
            "stats",
            "--data",
            data.toString(),
            "--tokenizer",
            tmp.resolve("none/tokenizer.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).startsWith("tmi stats: error: tokenizer file not found");

    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"model\": ");
    Result b = run("stats", "--budget", "--tokenizer", broken.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err().strip())
        .startsWith("tmi stats: error: tokenizer file " + broken + " is not valid JSON");

    Result neither = run("stats");
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).contains("give either --data DIR or --budget");

    Result split =
        run(
            "export",
            "--data",
            data.toString(),
            "--format",
            "alpaca",
            "--out",
            tmp.resolve("p").toString(),
            "--splits",
            "test");
    assertThat(split.code()).isEqualTo(2);
    assertThat(split.err()).contains("--splits: unknown split 'test'");

    Result plain =
        run(
            "export",
            "--data",
            data.toString(),
            "--format",
            "alpaca",
            "--out",
            tmp.resolve("q").toString(),
            "--plain");
    assertThat(plain.code()).isEqualTo(2);
    assertThat(plain.err()).contains("--plain applies to --format trl-prompt-completion only");
  }
}
