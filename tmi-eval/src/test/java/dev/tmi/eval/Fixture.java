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

  /** A responder answering every sample with its reference output. */
  public static LoopbackServer.Responder reference(List<EvalSample> samples) {
    Map<String, EvalSample> q = byQuery(samples);
    return r -> dev.tmi.eval.loopback.Reply.ok(q.get(r.prompt()).sample().response());
  }
}
