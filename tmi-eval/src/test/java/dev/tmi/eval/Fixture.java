package dev.tmi.eval;

import dev.tmi.engine.task.Split;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.ClientSettings;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.LoopbackServer;
import dev.tmi.eval.run.EvalConfig;
import dev.tmi.eval.run.InferenceSettings;
import dev.tmi.eval.run.ResponseRecord;
import dev.tmi.eval.run.RetryPolicy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds configurations and reads run directories in tests. */
public final class Fixture {
  private Fixture() {}

  public static ClientSettings client(URI base, ApiMode mode, Duration timeout) {
    return new ClientSettings(base, "loopback-model", "sk-test-SECRET", mode, 0, 1, null, timeout);
  }

  public static InferenceSettings inference(int concurrency, int retries) {
    return new InferenceSettings(
        concurrency,
        new RetryPolicy(retries, Duration.ofMillis(5), Duration.ofSeconds(5)),
        0,
        4096,
        0,
        null,
        "{query}");
  }

  public static EvalConfig config(
      Path data, Path out, String variant, ClientSettings client, InferenceSettings in) {
    return new EvalConfig(
        data, List.of(), List.of(Split.values()), variant, 0, out, client, in, false, null);
  }

  /** Maps a prompt back to its sample, for a loopback responder. */
  public static Map<String, EvalSample> byQuery(List<EvalSample> samples) {
    Map<String, EvalSample> m = new HashMap<>();
    samples.forEach(s -> m.put(s.sample().query(), s));
    return m;
  }

  /** The ids of every line of a JSONL file, in order (duplicates kept). */
  public static List<String> ids(Path jsonl) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        out.add(EvalJson.MAPPER.readTree(line).path("id").asText());
      }
    }
    return out;
  }

  public static List<ResponseRecord> responses(Path runDir) throws Exception {
    List<ResponseRecord> out = new ArrayList<>();
    for (String line : Files.readAllLines(runDir.resolve("responses.jsonl"))) {
      out.add(EvalJson.MAPPER.readValue(line, ResponseRecord.class));
    }
    return out;
  }

  /**
   * Runs an evaluation of {@code variant} against a loopback server that answers each sample with
   * the corruption {@code plan} picks (reference outputs where it does not apply).
   */
  public static Evaluation.Outcome corruptedRun(
      Path data,
      Path out,
      String variant,
      java.util.function.Function<EvalSample, dev.tmi.eval.loopback.Corruption> plan,
      Map<String, dev.tmi.eval.loopback.Corruption> applied,
      Map<String, dev.tmi.eval.loopback.Corruption.Output> outputs)
      throws Exception {
    List<EvalSample> samples = TestData.load(data, variant);
    Map<String, EvalSample> q = byQuery(samples);
    for (EvalSample s : samples) {
      var c = plan.apply(s);
      var o = c.apply(s, new java.util.SplittableRandom(s.id().hashCode()));
      if (o == null) {
        c = dev.tmi.eval.loopback.Corruption.NONE;
        o = c.apply(s, null);
      }
      applied.put(s.id(), c);
      outputs.put(s.id(), o);
    }
    try (LoopbackServer server =
            new LoopbackServer(
                r -> {
                  var o = outputs.get(q.get(r.prompt()).id());
                  return new dev.tmi.eval.loopback.Reply.Ok(
                      o.text(), o.finishReason(), 20, o.text().length() / 3);
                },
                4);
        var client =
            new dev.tmi.eval.client.OpenAiClient(
                client(server.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(10)))) {
      return Evaluation.run(
          config(data, out, variant, client.settings(), inference(8, 2)),
          client,
          null,
          null,
          new dev.tmi.eval.run.EvalListener() {});
    }
  }

  /** A responder answering every sample with its reference output. */
  public static LoopbackServer.Responder reference(List<EvalSample> samples) {
    Map<String, EvalSample> q = byQuery(samples);
    return r -> dev.tmi.eval.loopback.Reply.ok(q.get(r.prompt()).sample().response());
  }
}
