package dev.tmi.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.Corruption;
import dev.tmi.eval.loopback.LoopbackServer;
import dev.tmi.eval.loopback.Reply;
import dev.tmi.eval.run.EvalConfig;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.score.FirstError;
import dev.tmi.eval.score.ScoreRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline against a loopback OpenAI-compatible server started here: real {@code tmi
 * synth} data, answers that are reference traces or corrupted ones, and the scores the verifier
 * must give each corruption.
 */
@org.junit.jupiter.api.Timeout(
    value = 300,
    threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class EndToEndTest {
  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(tmp, 7, List.of("tail", "tail-styled", "no-fetcher", "direct"));
  }

  /** The corruption each sample gets: cycling through all of them, per task and split. */
  static Corruption planFor(EvalSample s) {
    Corruption[] all = Corruption.values();
    return all[(int) (s.sample().index() % all.length)];
  }

  @ParameterizedTest
  @CsvSource({"tail,CHAT", "tail-styled,COMPLETIONS", "no-fetcher,CHAT", "direct,CHAT"})
  void everyCorruptionIsClassified(String variant, ApiMode mode) throws Exception {
    List<EvalSample> samples = TestData.load(data, variant);
    Map<String, EvalSample> byQuery = Fixture.byQuery(samples);
    Map<String, Corruption.Output> outputs = new ConcurrentHashMap<>();
    Map<String, Corruption> plan = new HashMap<>();
    for (EvalSample s : samples) {
      Corruption c = planFor(s);
      Corruption.Output o = c.apply(s, new SplittableRandom(s.id().hashCode()));
      if (o == null) {
        c = Corruption.NONE;
        o = c.apply(s, null);
      }
      plan.put(s.id(), c);
      outputs.put(s.id(), o);
    }
    Set<String> auth = ConcurrentHashMap.newKeySet();
    LoopbackServer.Responder responder =
        r -> {
          auth.add(String.valueOf(r.authorization()));
          EvalSample s = byQuery.get(r.prompt());
          Corruption.Output o = outputs.get(s.id());
          return new Reply.Ok(o.text(), o.finishReason(), 20, o.text().length() / 3);
        };
    Path out = tmp.resolve("run-" + variant + "-" + mode);
    try (LoopbackServer server = new LoopbackServer(responder, 4);
        OpenAiClient client =
            new OpenAiClient(Fixture.client(server.baseUrl(), mode, Duration.ofSeconds(10)))) {
      EvalConfig cfg =
          Fixture.config(data, out, variant, client.settings(), Fixture.inference(8, 2));
      Evaluation.Outcome o = Evaluation.run(cfg, client, null, null, new EvalListener() {});
      assertThat(o.failures()).isEmpty();
      assertThat(o.answeredNow()).isEqualTo(samples.size());
    }
    assertThat(auth).containsExactly("Bearer sk-test-SECRET");
    for (Path p :
        List.of(
            out.resolve("run.json"),
            out.resolve("summary.json"),
            out.resolve("responses.jsonl"),
            out.resolve("scores.jsonl"))) {
      assertThat(Files.readString(p)).as("the key never reaches %s", p).doesNotContain("SECRET");
    }

    List<String> scoredIds = Fixture.ids(out.resolve("scores.jsonl"));
    assertThat(scoredIds).containsExactlyElementsOf(samples.stream().map(EvalSample::id).toList());
    Map<String, Integer> expectedCorrect = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("scores.jsonl"))) {
      ScoreRecord r = EvalJson.MAPPER.readValue(line, ScoreRecord.class);
      Corruption c = plan.get(r.id());
      Corruption.Output o = outputs.get(r.id());
      boolean answerKept =
          c == Corruption.NONE
              || c.expected == ErrorType.FETCH
              || c.expected == ErrorType.COMPUTE
              || c.expected == ErrorType.TRANSITION;
      assertThat(r.answerCorrect()).as("%s %s", r.id(), c).isEqualTo(answerKept);
      assertThat(r.truncated()).isEqualTo(c == Corruption.TRUNCATED);
      expectedCorrect.merge(r.task() + "/" + r.split(), answerKept ? 1 : 0, Integer::sum);
      if (!r.hasCot()) {
        assertThat(variant).isEqualTo("direct");
        assertThat(r.answerFound()).isEqualTo(c != Corruption.MISSING_BOX);
        continue;
      }
      for (var check : List.of(r.reference(), r.selfConsistent())) {
        FirstError e = check.firstError();
        String what = r.id() + " " + c + " " + e + "\n" + o.text();
        switch (c) {
          case NONE -> {
            assertThat(e).as(what).isNull();
            assertThat(check.stepAccuracy()).isEqualTo(1.0);
          }
          case WRONG_OPERAND, WRONG_SUM, SKIPPED_STEP -> {
            assertThat(e).as(what).isNotNull();
            assertThat(e.type()).as(what).isEqualTo(c.expected.id());
            assertThat(e.line()).as(what).isEqualTo(o.line());
            assertThat(check.stepAccuracy()).isLessThan(1.0);
          }
          case TRUNCATED -> {
            assertThat(r.answerFound()).isFalse();
            assertThat(e).as(what).isNotNull();
            assertThat(e.type()).as(what).isIn("format", "transition");
            assertThat(e.line() == 0 || e.line() >= o.line() - 1)
                .as("no false error before the cut: " + what)
                .isTrue();
          }
          case MISSING_BOX, WRONG_ANSWER -> {
            assertThat(r.answerFound()).isEqualTo(c == Corruption.WRONG_ANSWER);
            assertThat(e).as(what).isNotNull();
            assertThat(e.type()).as(what).isEqualTo("answer");
            assertThat(check.correctSteps()).as(what).isEqualTo(r.referenceSteps());
          }
        }
      }
    }
    JsonNode summary = EvalJson.MAPPER.readTree(out.resolve("summary.json").toFile());
    for (var e : expectedCorrect.entrySet()) {
      String[] ts = e.getKey().split("/");
      JsonNode cell = summary.path("tasks").path(ts[0]).path(ts[1]);
      assertThat(cell.path("n").asInt()).isEqualTo(7);
      assertThat(cell.path("correct").asInt()).isEqualTo(e.getValue());
      assertThat(cell.path("accuracy").asDouble()).isEqualTo(e.getValue() / 7.0);
    }
  }
}
