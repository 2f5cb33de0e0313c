package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.data.EvalData;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.LoopbackServer;
import dev.tmi.eval.loopback.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tmi eval} and {@code tmi report} end to end through the command line. */
class EvalCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run tmi(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void evalThenReportThenRescore() throws Exception {
    Path data = tmp.resolve("data");
    assertThat(
            tmi(
                    "synth",
                    "--tasks",
                    "all",
                    "--train",
                    "0",
                    "--eval",
                    "3",
                    "--variants",
                    "tail",
                    "--out",
                    data.toString(),
                    "--no-progress")
                .code())
        .isZero();
    List<EvalSample> samples =
        EvalData.load(
            TaskRegistry.load(),
            new EvalData.Selection(data, List.of(), List.of(Split.values()), "tail", 2));
    Map<String, String> answers = new HashMap<>();
    samples.forEach(s -> answers.put(s.sample().query(), s.sample().response()));
    Path run = tmp.resolve("run");
    try (LoopbackServer srv = new LoopbackServer(r -> Reply.ok(answers.get(r.prompt())), 4)) {
      Run r =
          tmi(
              "eval",
              "--base-url",
              srv.baseUrl().toString(),
              "--model",
              "m",
              "--api-key",
              "sk-CLI-SECRET",
              "--data",
              data.toString(),
              "--limit",
              "2",
              "--concurrency",
              "4",
              "--out",
              run.toString(),
              "--no-progress");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out())
          .contains("asked " + samples.size() + " samples")
          .contains("100.0% (   2/   2)");
      assertThat(r.out() + r.err()).doesNotContain("SECRET");
      Run again =
          tmi(
              "eval",
              "--base-url",
              srv.baseUrl().toString(),
              "--model",
              "m",
              "--data",
              data.toString(),
              "--limit",
              "2",
              "--out",
              run.toString(),
              "--no-progress");
      assertThat(again.code()).isZero();
      assertThat(again.err()).contains("resuming: " + samples.size() + " of " + samples.size());
      assertThat(srv.requests()).isEqualTo(samples.size());
    }
    assertThat(Files.readString(run.resolve("run.json"))).doesNotContain("SECRET");
    Run rescore = tmi("eval", "--rescore", "--out", run.toString(), "--no-progress");
    assertThat(rescore.code()).as(rescore.err()).isZero();
    Run report = tmi("report", run.toString(), "--paper");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(run.resolve("report/report.html")).exists();
    assertThat(run.resolve("report/report.csv")).exists();
    assertThat(run.resolve("report/accuracy-by-split.png")).exists();
  }

  @Test
  void badInputGetsOneLineAndExitTwo() throws Exception {
    Run noManifest =
        tmi(
            "eval",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--model",
            "m",
            "--data",
            tmp.toString(),
            "--out",
            tmp.resolve("r").toString());
    assertThat(noManifest.code()).isEqualTo(2);
    assertThat(noManifest.err().strip())
        .startsWith("tmi eval: error: --data")
        .contains("has no manifest.json")
        .doesNotContain("\n");
    Run noUrl =
        tmi("eval", "--model", "m", "--data", tmp.toString(), "--out", tmp.resolve("r").toString());
    assertThat(noUrl.code()).isEqualTo(2);
    Run badTask =
        tmi(
            "eval",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--model",
            "m",
            "--data",
            tmp.toString(),
            "--tasks",
            "nope",
            "--out",
            tmp.resolve("r").toString());
    assertThat(badTask.code()).isEqualTo(2);
    assertThat(badTask.err()).contains("unknown task 'nope'");
    Run badMode =
        tmi(
            "eval",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--model",
            "m",
            "--data",
            tmp.toString(),
            "--mode",
            "rpc",
            "--out",
            tmp.resolve("r").toString());
    assertThat(badMode.code()).isEqualTo(2);
    Run report = tmi("report", tmp.toString());
    assertThat(report.code()).isEqualTo(2);
    assertThat(report.err()).contains("no summary.json");
  }
}
