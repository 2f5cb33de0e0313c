package dev.tmi.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.eval.Evaluation;
import dev.tmi.eval.Fixture;
import dev.tmi.eval.TestData;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.LoopbackServer;
import dev.tmi.eval.loopback.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped at any moment resumes: no sample lost, none duplicated, nothing corrupted. */
@org.junit.jupiter.api.Timeout(
    value = 300,
    threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class ResumeTest {
  @TempDir static Path tmp;
  static Path data;
  static List<EvalSample> samples;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(tmp, 6, List.of("tail"));
    samples = TestData.load(data, "tail");
  }

  static LoopbackServer slowServer(long millis) throws Exception {
    Map<String, EvalSample> q = Fixture.byQuery(samples);
    return new LoopbackServer(
        r -> new Reply.Delay(millis, Reply.ok(q.get(r.prompt()).sample().response())), 8);
  }

  static long lines(Path p) throws Exception {
    return Files.exists(p) ? Files.readAllLines(p).size() : 0;
  }

  static void assertComplete(Path out) throws Exception {
    List<String> ids = Fixture.ids(out.resolve("responses.jsonl"));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(samples.stream().map(EvalSample::id).toList());
    assertThat(Fixture.ids(out.resolve("scores.jsonl")))
        .containsExactlyElementsOf(samples.stream().map(EvalSample::id).toList());
    Fixture.responses(out).forEach(r -> assertThat(r.text()).isNotEmpty());
  }

  Evaluation.Outcome rerun(Path out, LoopbackServer srv) throws Exception {
    try (OpenAiClient client =
        new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(10)))) {
      return Evaluation.run(
          Fixture.config(data, out, "tail", client.settings(), Fixture.inference(4, 2)),
          client,
          null,
          null,
          new EvalListener() {});
    }
  }

  @Test
  void anInterruptedRunWithATornLastLineResumes() throws Exception {
    Path out = tmp.resolve("interrupted");
    try (LoopbackServer srv = slowServer(40)) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  rerun(out, srv);
                } catch (Throwable e) {
                  thrown.set(e);
                }
              });
      t.start();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (lines(out.resolve("responses.jsonl")) < 8 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      t.interrupt();
      t.join(60_000);
      assertThat(t.isAlive()).isFalse();
      assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
      long before = lines(out.resolve("responses.jsonl"));
      assertThat(before).isBetween(8L, (long) samples.size() - 1);
      // The kill came in the middle of a write: half a record, no newline.
      Files.writeString(
          out.resolve("responses.jsonl"),
          "{\"id\":\"" + samples.get(samples.size() - 1).id() + "\",\"task\":\"add",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      long asked = srv.requests();
      Evaluation.Outcome o = rerun(out, srv);
      assertThat(o.answeredBefore()).isEqualTo((int) before);
      assertThat(o.answeredNow()).isEqualTo(samples.size() - (int) before);
      assertThat(srv.requests() - asked).isEqualTo(samples.size() - before);
    }
    assertComplete(out);
  }

  @Test
  void aKilledProcessResumes() throws Exception {
    Path out = tmp.resolve("killed");
    try (LoopbackServer srv = slowServer(60)) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  KillTarget.class.getName(),
                  data.toString(),
                  out.toString(),
                  srv.baseUrl().toString())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("child.log").toFile())
              .start();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (lines(out.resolve("responses.jsonl")) < 10
          && p.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(p.isAlive()).as(Files.readString(tmp.resolve("child.log"))).isTrue();
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
      p.waitFor();
      long before = lines(out.resolve("responses.jsonl"));
      assertThat(before).isLessThan(samples.size());
      Evaluation.Outcome o = rerun(out, srv);
      assertThat(o.answeredBefore() + o.answeredNow()).isEqualTo(samples.size());
    }
    assertComplete(out);
  }

  @Test
  void aRunDirectoryOfAnotherModelIsRefused() throws Exception {
    Path out = tmp.resolve("other-model");
    try (LoopbackServer srv = slowServer(0)) {
      rerun(out, srv);
      var other =
          new dev.tmi.eval.client.ClientSettings(
              srv.baseUrl(),
              "another-model",
              null,
              ApiMode.CHAT,
              0,
              1,
              null,
              Duration.ofSeconds(5));
      try (OpenAiClient client = new OpenAiClient(other)) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () ->
                    Evaluation.run(
                        Fixture.config(data, out, "tail", other, Fixture.inference(2, 0)),
                        client,
                        null,
                        null,
                        new EvalListener() {}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("model=\"loopback-model\"")
            .hasMessageContaining("another-model");
      }
    }
    assertComplete(out);
  }

  @Test
  void rescoringAsksNothing() throws Exception {
    Path out = tmp.resolve("rescore");
    try (LoopbackServer srv = slowServer(0)) {
      rerun(out, srv);
      long asked = srv.requests();
      String before = Files.readString(out.resolve("scores.jsonl"));
      Files.delete(out.resolve("scores.jsonl"));
      Evaluation.run(
          Fixture.config(data, out, "tail", null, Fixture.inference(2, 0)),
          null,
          null,
          null,
          new EvalListener() {});
      assertThat(srv.requests()).isEqualTo(asked);
      assertThat(Files.readString(out.resolve("scores.jsonl"))).isEqualTo(before);
    }
  }
}
