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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults on the first attempt of each sample; every sample must end up answered exactly once. */
@org.junit.jupiter.api.Timeout(
    value = 300,
    threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class FaultInjectionTest {
  @TempDir static Path tmp;
  static Path data;
  static List<EvalSample> samples;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(tmp, 2, List.of("tail"));
    samples = TestData.load(data, "tail");
  }

  enum Fault {
    NONE,
    HTTP_500,
    HTTP_429,
    SLOW,
    STALL,
    MALFORMED
  }

  /** A server whose reply depends on the sample and the attempt number (1-based). */
  static LoopbackServer server(
      BiFunction<EvalSample, Integer, Reply> plan, Map<String, List<Long>> times) throws Exception {
    Map<String, EvalSample> q = Fixture.byQuery(samples);
    Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    return new LoopbackServer(
        r -> {
          EvalSample s = q.get(r.prompt());
          times.computeIfAbsent(s.id(), k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
          int n = attempts.computeIfAbsent(s.id(), k -> new AtomicInteger()).incrementAndGet();
          return plan.apply(s, n);
        },
        16);
  }

  static Reply ok(EvalSample s) {
    return Reply.ok(s.sample().response());
  }

  @Test
  void everyFaultIsRetriedAndEverySampleAnsweredOnce() throws Exception {
    Fault[] faults = Fault.values();
    Map<String, Fault> planned = new ConcurrentHashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      planned.put(samples.get(i).id(), faults[i % faults.length]);
    }
    Map<String, List<Long>> times = new ConcurrentHashMap<>();
    Path out = tmp.resolve("faults");
    try (LoopbackServer srv =
            server(
                (s, attempt) -> {
                  if (attempt > 1) {
                    return ok(s);
                  }
                  return switch (planned.get(s.id())) {
                    case NONE -> ok(s);
                    case HTTP_500 ->
                        new Reply.Status(500, null, "{\"error\":{\"message\":\"boom\"}}");
                    case HTTP_429 ->
                        new Reply.Status(429, "1", "{\"error\":{\"message\":\"slow down\"}}");
                    case SLOW -> new Reply.Delay(3000, ok(s));
                    case STALL -> new Reply.Stall((Reply.Ok) ok(s));
                    case MALFORMED ->
                        new Reply.Malformed("{\"choices\": [{\"message\": {\"content\": \"trunc");
                  };
                },
                times);
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofMillis(700)))) {
      Evaluation.Outcome o =
          Evaluation.run(
              Fixture.config(data, out, "tail", client.settings(), Fixture.inference(6, 3)),
              client,
              null,
              null,
              new EvalListener() {});
      assertThat(o.failures()).isEmpty();
    }
    List<String> ids = Fixture.ids(out.resolve("responses.jsonl"));
    assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(samples);
    assertThat(Fixture.ids(out.resolve("scores.jsonl")))
        .containsExactlyElementsOf(samples.stream().map(EvalSample::id).toList());
    for (ResponseRecord r : Fixture.responses(out)) {
      Fault f = planned.get(r.id());
      assertThat(r.attempts()).as("%s %s", r.id(), f).isEqualTo(f == Fault.NONE ? 1 : 2);
      assertThat(r.text())
          .isEqualTo(
              samples.stream()
                  .filter(s -> s.id().equals(r.id()))
                  .findFirst()
                  .orElseThrow()
                  .sample()
                  .response());
      String err = r.errors().isEmpty() ? "" : r.errors().get(0);
      switch (f) {
        case NONE -> assertThat(r.errors()).isEmpty();
        case HTTP_500 -> assertThat(err).startsWith("HTTP 500").contains("boom");
        case HTTP_429 -> {
          assertThat(err).startsWith("HTTP 429");
          List<Long> t = times.get(r.id());
          assertThat((t.get(1) - t.get(0)) / 1_000_000)
              .as("Retry-After: 1 honoured")
              .isGreaterThanOrEqualTo(950);
        }
        case SLOW -> assertThat(err).contains("timed out");
        case STALL -> assertThat(err).contains("timed out");
        case MALFORMED -> assertThat(err).contains("malformed JSON");
      }
    }
  }

  @Test
  void aPromptThatCannotFitTheContextIsRecordedUnasked() throws Exception {
    Path out = tmp.resolve("context");
    try (LoopbackServer srv = server((s, attempt) -> ok(s), new ConcurrentHashMap<>());
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
      InferenceSettings tiny =
          new InferenceSettings(
              2, new RetryPolicy(0, Duration.ZERO, Duration.ZERO), 0, 4096, 100, null, "{query}");
      Evaluation.Outcome o =
          Evaluation.run(
              Fixture.config(data, out, "tail", client.settings(), tiny),
              client,
              null,
              null,
              new EvalListener() {});
      assertThat(o.failures()).isEmpty();
      assertThat(srv.requests()).isZero();
    }
    for (ResponseRecord r : Fixture.responses(out)) {
      assertThat(r.finishReason()).isEqualTo("context");
      assertThat(r.errors().get(0)).contains("leaves no room in the context of 100");
    }
    assertThat(Fixture.ids(out.resolve("responses.jsonl"))).hasSameSizeAs(samples);
  }

  @Test
  void aConnectionDroppedMidBodyIsRetried() throws Exception {
    Map<String, EvalSample> q = Fixture.byQuery(samples);
    Path out = tmp.resolve("dropped");
    try (DroppingServer srv =
            new DroppingServer(
                p -> q.get(p).sample().response(),
                (p, attempt) -> attempt == 1 && q.get(p).sample().index() % 2 == 0);
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(10)))) {
      Evaluation.Outcome o =
          Evaluation.run(
              Fixture.config(data, out, "tail", client.settings(), Fixture.inference(4, 2)),
              client,
              null,
              null,
              new EvalListener() {});
      assertThat(o.failures()).isEmpty();
    }
    assertThat(Fixture.ids(out.resolve("responses.jsonl")))
        .doesNotHaveDuplicates()
        .hasSameSizeAs(samples);
    for (ResponseRecord r : Fixture.responses(out)) {
      boolean dropped = q.get(r.prompt()).sample().index() % 2 == 0;
      assertThat(r.attempts()).isEqualTo(dropped ? 2 : 1);
      if (dropped) {
        assertThat(r.errors().get(0)).contains("connection failed");
      }
      assertThat(r.text()).isEqualTo(q.get(r.prompt()).sample().response());
    }
  }

  @Test
  void aSampleThatKeepsFailingIsReportedAndRetriedByTheNextRun() throws Exception {
    String victim = samples.get(3).id();
    String badRequest = samples.get(5).id();
    Path out = tmp.resolve("persistent");
    Map<String, List<Long>> times = new ConcurrentHashMap<>();
    try (LoopbackServer srv =
            server(
                (s, attempt) ->
                    s.id().equals(victim)
                        ? new Reply.Status(503, null, "{}")
                        : s.id().equals(badRequest)
                            ? new Reply.Status(
                                400, null, "{\"error\":{\"message\":\"context too long\"}}")
                            : ok(s),
                times);
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
      Evaluation.Outcome o =
          Evaluation.run(
              Fixture.config(data, out, "tail", client.settings(), Fixture.inference(4, 2)),
              client,
              null,
              null,
              new EvalListener() {});
      assertThat(o.failures())
          .extracting(Runner.Failure::id)
          .containsExactlyInAnyOrder(victim, badRequest);
      assertThat(o.failures())
          .filteredOn(f -> f.id().equals(victim))
          .first()
          .extracting(Runner.Failure::attempts)
          .isEqualTo(3);
      assertThat(o.failures())
          .filteredOn(f -> f.id().equals(badRequest))
          .first()
          .extracting(Runner.Failure::attempts)
          .as("a 400 is not retried")
          .isEqualTo(1);
      assertThat(times.get(victim)).hasSize(3);
      EvalSample v = samples.get(3);
      assertThat(
              o.summary()
                  .path("tasks")
                  .path(v.sample().task())
                  .path(v.split().name())
                  .path("failed")
                  .asInt())
          .isEqualTo(1);
    }
    assertThat(Fixture.ids(out.resolve("responses.jsonl")))
        .doesNotContain(victim, badRequest)
        .hasSize(samples.size() - 2);
    assertThat(Files.readString(out.resolve("errors.jsonl")))
        .contains(victim, "HTTP 503", "context too long");

    try (LoopbackServer srv = server((s, attempt) -> ok(s), new ConcurrentHashMap<>());
        OpenAiClient client =
            new OpenAiClient(Fixture.client(srv.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
      Evaluation.Outcome o =
          Evaluation.run(
              Fixture.config(data, out, "tail", client.settings(), Fixture.inference(4, 2)),
              client,
              null,
              null,
              new EvalListener() {});
      assertThat(o.answeredNow()).isEqualTo(2);
      assertThat(o.answeredBefore()).isEqualTo(samples.size() - 2);
      assertThat(srv.requests()).isEqualTo(2);
    }
    assertThat(Fixture.ids(out.resolve("responses.jsonl")))
        .doesNotHaveDuplicates()
        .hasSameSizeAs(samples);
  }
}
