package dev.tmi.eval.loopback;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.ClientSettings;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.AppendLog;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.run.InferenceSettings;
import dev.tmi.eval.run.ResponseRecord;
import dev.tmi.eval.run.RetryPolicy;
import dev.tmi.eval.run.Runner;
import dev.tmi.eval.score.ScoreBench;
import dev.tmi.stats.Median;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the harness's own overhead: the real runner, client and fsync'd response log against a
 * zero-latency loopback server in the same process (which shares the cores, so the number is a
 * lower bound on what the harness alone sustains).
 */
public final class HarnessBench {
  private HarnessBench() {}

  /** Which loopback server answers. */
  public enum Server {
    /** {@link ZeroLatencyServer}: one non-blocking thread, answers built in advance. */
    ZERO_LATENCY,
    /** {@link LoopbackServer}: the JDK's HTTP server with two handler threads, as the tests use. */
    JDK
  }

  /**
   * The result.
   *
   * @param requests requests per run
   * @param concurrency requests in flight
   * @param requestsPerSecond median over runs
   * @param minRequestsPerSecond the slowest run
   * @param bytesPerResponse mean response text size
   * @param requestsPerCpuSecond median over runs of requests per CPU second of this process
   *     (client, log and server together), which does not depend on what else runs
   */
  public record Result(
      int requests,
      int concurrency,
      double requestsPerSecond,
      double minRequestsPerSecond,
      double bytesPerResponse,
      double requestsPerCpuSecond) {}

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  private static AutoCloseable start(Server server, Map<String, String> answers)
      throws IOException {
    return switch (server) {
      case ZERO_LATENCY -> new ZeroLatencyServer(answers);
      case JDK -> new LoopbackServer(r -> Reply.ok(answers.getOrDefault(r.prompt(), "")), 2);
    };
  }

  /** Runs the benchmark; {@code scratch} receives the response logs (deleted after). */
  public static Result measure(
      String task, int requests, int concurrency, int runs, Server server, Path scratch)
      throws Exception {
    Task<?> t = TaskRegistry.load().get(task);
    List<EvalSample> samples = new ArrayList<>(requests);
    Map<String, String> answers = new HashMap<>();
    long bytes = 0;
    for (int i = 0; i < requests; i++) {
      EvalSample s = ScoreBench.sample(t, TaskRegistry.variant(t, "tail"), Split.S, i);
      samples.add(s);
      answers.put(s.sample().query(), s.sample().response());
      bytes += s.sample().response().length();
    }
    double[] rates = new double[runs];
    double[] cpuRates = new double[runs];
    try (AutoCloseable peer = start(server, answers)) {
      URI base =
          peer instanceof ZeroLatencyServer z ? z.baseUrl() : ((LoopbackServer) peer).baseUrl();
      ClientSettings cs =
          new ClientSettings(base, "bench", null, ApiMode.CHAT, 0, 1, null, Duration.ofSeconds(30));
      InferenceSettings in =
          new InferenceSettings(
              concurrency,
              new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1)),
              0,
              1024,
              0,
              null,
              "{query}");
      try (OpenAiClient client = new OpenAiClient(cs)) {
        // One untimed warm-up run: JIT, connection pool.
        for (int r = -1; r < runs; r++) {
          Path log = Files.createTempFile(scratch, "responses", ".jsonl");
          AtomicLong durable = new AtomicLong();
          long t0 = System.nanoTime();
          long c0 = processCpuNanos();
          List<Runner.Failure> failures;
          try (AppendLog<ResponseRecord> out =
              new AppendLog<>(log, x -> durable.incrementAndGet())) {
            failures = new Runner(in).run(samples, client, out, new EvalListener() {});
          }
          double secs = (System.nanoTime() - t0) / 1e9;
          double cpuSecs = (processCpuNanos() - c0) / 1e9;
          Files.deleteIfExists(log);
          if (!failures.isEmpty() || durable.get() != requests) {
            throw new IllegalStateException(
                failures.size()
                    + " requests failed, first: "
                    + (failures.isEmpty() ? "" : failures.get(0).error()));
          }
          if (r >= 0) {
            rates[r] = requests / secs;
            cpuRates[r] = c0 < 0 ? 0 : requests / cpuSecs;
          }
        }
      }
    }
    return new Result(
        requests,
        concurrency,
        Median.of(rates),
        Arrays.stream(rates).min().orElseThrow(),
        (double) bytes / requests,
        Median.of(cpuRates));
  }
}
