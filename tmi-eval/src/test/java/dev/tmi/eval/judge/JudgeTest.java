package dev.tmi.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.answer.Boxed;
import dev.tmi.engine.task.Split;
import dev.tmi.eval.EvalJson;
import dev.tmi.eval.Evaluation;
import dev.tmi.eval.Fixture;
import dev.tmi.eval.TestData;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.Corruption;
import dev.tmi.eval.loopback.LoopbackServer;
import dev.tmi.eval.loopback.Reply;
import dev.tmi.eval.run.EvalConfig;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.score.ScoreRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
  @TempDir Path tmp;

  @Test
  void verdictsAreRead() {
    assertThat(JudgePrompts.verdict("YES")).isEqualTo("YES");
    assertThat(JudgePrompts.verdict(" no.")).isEqualTo("NO");
    assertThat(JudgePrompts.verdict("<think>hmm, yes or no</think>\n**Yes**")).isEqualTo("YES");
    assertThat(JudgePrompts.verdict("The answer is NO")).isEqualTo("NO");
    assertThat(JudgePrompts.verdict("maybe")).isEqualTo("UNCLEAR");
  }

  /**
   * A loopback model that plays the candidate (reference outputs, some without a box), a lenient
   * extractor (it also reads "The answer is X") and an exact judge.
   */
  @Test
  void theJudgeRunsBehindTheSameEndpointAndItsAgreementIsReported() throws Exception {
    Path data = TestData.synth(tmp, 4, List.of("tail"));
    List<EvalSample> samples = TestData.load(data, "tail");
    Map<String, EvalSample> q = Fixture.byQuery(samples);
    Pattern ref = Pattern.compile("Reference answer: (.*)\nCandidate answer: (.*)\n");
    LoopbackServer.Responder responder =
        r -> {
          if (r.prompt().startsWith("Below is a question")) {
            String resp = r.prompt().substring(r.prompt().indexOf("Response:\n"));
            String found = Boxed.last(resp).orElse(null);
            if (found == null) {
              Matcher m = Pattern.compile("The answer is (.*)\\.").matcher(resp);
              found = m.find() ? m.group(1) : "NONE";
            }
            return Reply.ok(found);
          }
          if (r.prompt().startsWith("You are grading")) {
            Matcher m = ref.matcher(r.prompt());
            return Reply.ok(
                m.find() && m.group(1).strip().equals(m.group(2).strip()) ? "YES" : "NO");
          }
          EvalSample s = q.get(r.prompt());
          Corruption c = s.sample().index() % 2 == 0 ? Corruption.MISSING_BOX : Corruption.NONE;
          return Reply.ok(c.apply(s, new SplittableRandom(1)).text());
        };
    Path out = tmp.resolve("judged");
    try (LoopbackServer srv = new LoopbackServer(responder, 4);
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
      EvalConfig cfg =
          new EvalConfig(
              data,
              List.of(),
              List.of(Split.values()),
              "tail",
              0,
              out,
              client.settings(),
              Fixture.inference(4, 1),
              false,
              new EvalConfig.JudgeSettings(client.settings(), client.settings()));
      Evaluation.run(cfg, client, client, client, new EvalListener() {});
    }
    assertThat(Fixture.ids(out.resolve("judge.jsonl")))
        .doesNotHaveDuplicates()
        .hasSameSizeAs(samples);
    int disagree = 0;
    for (String line : Files.readAllLines(out.resolve("scores.jsonl"))) {
      ScoreRecord r = EvalJson.MAPPER.readValue(line, ScoreRecord.class);
      assertThat(r.judge()).isNotNull();
      assertThat(r.judge().correct()).as("the lenient judge accepts every right value").isTrue();
      assertThat(r.judge().agrees()).isEqualTo(r.answerCorrect());
      disagree += r.judge().agrees() ? 0 : 1;
    }
    assertThat(disagree)
        .isEqualTo(samples.stream().filter(s -> s.sample().index() % 2 == 0).count());
    JsonNode cell =
        EvalJson.MAPPER
            .readTree(out.resolve("summary.json").toFile())
            .path("tasks")
            .path("knapsack")
            .path("M");
    assertThat(cell.path("judge").path("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(cell.path("judge").path("agreement").asDouble())
        .isEqualTo(cell.path("accuracy").asDouble());
  }
}
