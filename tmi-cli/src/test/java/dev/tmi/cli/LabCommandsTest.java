package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the lab commands fails at once with one line and exit code 2. */
class LabCommandsTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBudgetBelowOneBatchIsRefused() {
    Run r = run("run", "--tokens", "10", "--out", dir.resolve("r").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("tmi run: error: --tokens 10");
    assertThat(Files.exists(dir.resolve("r"))).isFalse();
  }

  @Test
  void aThreadCountBelowOneIsRefused() {
    Run r = run("run", "--threads", "0", "--out", dir.resolve("r").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("tmi run: error: --threads must be at least 1, got 0");
    assertThat(Files.exists(dir.resolve("r"))).isFalse();
    Run t = run("lab", "train", "--task", "addition", "--threads", "-2", "--out", dir.toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("--threads must be at least 1, got -2");
  }

  @Test
  void unknownTasksVariantsAndEncodingsAreRefusedBeforeAnyWork() {
    Run r =
        run(
            "lab",
            "ablate",
            "--task",
            "addition",
            "--variants",
            "tail,tail-styled",
            "--out",
            dir.resolve("a").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("error:").contains("tail-styled");
    assertThat(Files.exists(dir.resolve("a"))).isFalse();
    Run t = run("lab", "train", "--task", "nope", "--out", dir.resolve("t").toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("unknown task 'nope'");
    Run p = run("run", "--pos", "sinusoid", "--out", dir.resolve("p").toString());
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.err()).contains("unknown position encoding 'sinusoid'");
  }

  @Test
  void runDefaultsAreARealTaskAndTheSmallModelPastTheCopyTransition() {
    var task = dev.tmi.engine.task.TaskRegistry.load().get(RunCommand.DEFAULT_TASK);
    dev.tmi.lab.data.LabCodec.of(task, "tail");
    dev.tmi.lab.data.LabCodec.of(task, "no-fetcher");
    // docs/lab.md and docs/lab-results.md describe these numbers; the TAIL model copies from
    // the tape only after 2-3M tokens, so a smaller budget would teach it nothing.
    assertThat(RunCommand.DEFAULT_TOKENS).isEqualTo(3_000_000L);
    assertThat(RunCommand.DEFAULT_MODEL.layers()).isEqualTo(2);
    assertThat(RunCommand.DEFAULT_MODEL.dModel()).isEqualTo(64);
    assertThat(RunCommand.DEFAULT_MODEL.heads()).isEqualTo(2);
    assertThat(RunCommand.DEFAULT_MODEL.nameTokens()).isFalse();
    Run h = run("run", "--help");
    assertThat(h.code()).isZero();
    assertThat(h.out()).contains("bubble-sort").contains("3M tokens");
  }

  @Test
  void servingAMissingCheckpointFails() {
    Run r = run("serve", "--checkpoint", dir.resolve("none").toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no checkpoint in");
  }
}
