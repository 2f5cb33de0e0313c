package dev.tmi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.answer.Boxed;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.client.ClientSettings;
import dev.tmi.eval.client.ModelClient;
import dev.tmi.eval.data.EvalData;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.judge.Judge;
import dev.tmi.eval.judge.JudgeRecord;
import dev.tmi.eval.run.AppendLog;
import dev.tmi.eval.run.EvalConfig;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.run.ResponseRecord;
import dev.tmi.eval.run.RunFiles;
import dev.tmi.eval.run.Runner;
import dev.tmi.eval.score.JudgeVerdict;
import dev.tmi.eval.score.ScoreRecord;
import dev.tmi.eval.score.Scorer;
import dev.tmi.eval.score.Summary;
import dev.tmi.eval.score.ThinkSplit;
import dev.tmi.synth.Synthesizer;
import dev.tmi.synth.Version;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code tmi eval}: the three stages in order. Inference appends raw responses to {@code
 * responses.jsonl}; the optional judge appends to {@code judge.jsonl}; scoring rewrites {@code
 * scores.jsonl} and {@code summary.json} from those logs and the data, atomically. Running the same
 * command again asks only the samples without a response, so a killed run resumes with no sample
 * lost or duplicated; without a client it only re-scores.
 */
public final class Evaluation {
  /** Settings that decide what the model answers; a resumed run must keep them. */
  static final List<String> IDENTITY =
      List.of(
          "model",
          "mode",
          "variant",
          "max_tokens",
          "temperature",
          "top_p",
          "seed",
          "system",
          "template",
          "context_size",
          "data_sha256");

  private Evaluation() {}

  /**
   * What a run did.
   *
   * @param selected samples selected
   * @param answeredBefore of them, answered by earlier runs
   * @param answeredNow answered by this run
   * @param failures samples that failed for good in this run (the next run retries them)
   * @param judgeFailures samples the judge could not judge
   * @param summary the summary written
   */
  public record Outcome(
      int selected,
      int answeredBefore,
      int answeredNow,
      List<Runner.Failure> failures,
      int judgeFailures,
      ObjectNode summary) {}

  /**
   * Runs an evaluation.
   *
   * @param client the model, or {@code null} to re-score only
   * @param extractor the judge's extractor model, or {@code null} for no judge
   * @param judge the judge model, or {@code null} for no judge
   */
  public static Outcome run(
      EvalConfig c,
      ModelClient client,
      ModelClient extractor,
      ModelClient judge,
      EvalListener listener)
      throws IOException, InterruptedException {
    List<EvalSample> samples =
        EvalData.load(
            TaskRegistry.load(),
            new EvalData.Selection(c.data(), c.tasks(), c.splits(), c.variant(), c.limit()));
    if (samples.stream().anyMatch(s -> !s.cotIsRendering())) {
      listener.note(
          "--data "
              + c.data()
              + " was not written in trace format "
              + Version.FORMAT
              + ", the one this TMI writes and reads: its chains of thought are not taken as the"
              + " reference's, and a model trained on it may write steps this TMI cannot read");
    }
    RunFiles files = new RunFiles(c.out());
    if (Files.exists(c.out()) && !Files.isDirectory(c.out())) {
      throw new IllegalArgumentException("--out " + c.out() + " exists and is not a directory");
    }
    Files.createDirectories(c.out());
    try (FileChannel lockChannel =
            FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel, c.out())) {
      if (!lock.isValid()) {
        throw new IllegalStateException("lost the lock on " + files.lock());
      }
      writeRunConfig(files, c, client != null);

      AppendLog.Recovered<ResponseRecord> rec =
          AppendLog.recover(files.responses(), ResponseRecord.class, ResponseRecord::id);
      if (rec.cutBytes() > 0) {
        listener.note(
            "cut a torn last line (" + rec.cutBytes() + " bytes) off " + files.responses());
      }
      if (rec.duplicates() > 0) {
        listener.note(
            rec.duplicates() + " duplicate response lines ignored (the first one counts)");
      }
      Map<String, ResponseRecord> responses =
          new java.util.concurrent.ConcurrentHashMap<>(rec.records());
      List<EvalSample> todo = samples.stream().filter(s -> !responses.containsKey(s.id())).toList();
      int before = samples.size() - todo.size();
      List<Runner.Failure> failures = List.of();
      int answeredNow = 0;
      if (client != null && !todo.isEmpty()) {
        Map<String, EvalSample> byId = new HashMap<>();
        samples.forEach(s -> byId.put(s.id(), s));
        Scorer quick = new Scorer(c.stripThink());
        listener.started(samples.size(), before);
        int[] count = new int[1];
        try (AppendLog<ResponseRecord> log =
            new AppendLog<>(
                files.responses(),
                r -> {
                  responses.put(r.id(), r);
                  count[0]++;
                  EvalSample s = byId.get(r.id());
                  listener.answered(r, s != null && quickCheck(quick, s, r, c.stripThink()));
                })) {
          failures = new Runner(c.inference()).run(todo, client, log, listener);
        }
        answeredNow = count[0];
        if (!failures.isEmpty()) {
          logFailures(files, failures);
        }
      } else if (client != null) {
        listener.started(samples.size(), before);
      }

      Map<String, JudgeRecord> verdicts = Map.of();
      int judgeFailures = 0;
      if (extractor != null && judge != null) {
        listener.stage("judging");
        AppendLog.Recovered<JudgeRecord> jr =
            AppendLog.recover(files.judge(), JudgeRecord.class, JudgeRecord::id);
        Map<String, JudgeRecord> all = new java.util.concurrent.ConcurrentHashMap<>(jr.records());
        try (AppendLog<JudgeRecord> log = new AppendLog<>(files.judge(), r -> all.put(r.id(), r))) {
          judgeFailures =
              new Judge(extractor, judge, c.inference().concurrency(), c.inference().retry())
                  .run(samples, responses, log, all.keySet(), listener);
        }
        verdicts = all;
      } else if (Files.exists(files.judge())) {
        verdicts = AppendLog.recover(files.judge(), JudgeRecord.class, JudgeRecord::id).records();
      }

      listener.stage("scoring");
      List<String> failedIds = failures.stream().map(Runner.Failure::id).toList();
      ObjectNode summary = score(samples, responses, verdicts, failedIds, c, files);
      return new Outcome(samples.size(), before, answeredNow, failures, judgeFailures, summary);
    }
  }

  private static FileLock tryLock(FileChannel ch, Path dir) throws IOException {
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      throw new IllegalStateException("another tmi eval is writing " + dir + " right now");
    }
    return l;
  }

  private static boolean quickCheck(Scorer s, EvalSample sample, ResponseRecord r, boolean strip) {
    return Boxed.last(ThinkSplit.of(r.text(), r.reasoning(), strip).answerText())
        .map(b -> Scorer.accepts(sample, sample.sample().answer(), b))
        .orElse(false);
  }

  /** Scores every answered sample (in parallel, in sample order) and writes the results. */
  static ObjectNode score(
      List<EvalSample> samples,
      Map<String, ResponseRecord> responses,
      Map<String, JudgeRecord> verdicts,
      List<String> failed,
      EvalConfig c,
      RunFiles files)
      throws IOException {
    Scorer scorer = new Scorer(c.stripThink());
    List<EvalSample> answered =
        samples.stream().filter(s -> responses.containsKey(s.id())).toList();
    List<ScoreRecord> scores =
        IntStream.range(0, answered.size())
            .parallel()
            .mapToObj(
                i -> {
                  EvalSample s = answered.get(i);
                  ScoreRecord r = scorer.score(s, responses.get(s.id()));
                  JudgeRecord j = verdicts.get(s.id());
                  return j == null
                      ? r
                      : r.withJudge(
                          new JudgeVerdict(
                              j.extracted(), j.correct(), j.correct() == r.answerCorrect()));
                })
            .toList();
    StringBuilder sb = new StringBuilder(scores.size() * 600);
    for (ScoreRecord r : scores) {
      sb.append(EvalJson.MAPPER.writeValueAsString(r)).append('\n');
    }
    Synthesizer.writeAtomically(files.scores(), sb.toString().getBytes(StandardCharsets.UTF_8));
    ObjectNode run = EvalJson.MAPPER.createObjectNode();
    JsonNode cfg = EvalJson.MAPPER.readTree(files.config().toFile());
    for (String k : List.of("model", "base_url", "mode", "variant", "data", "strip_think")) {
      if (cfg.has(k)) {
        run.set(k, cfg.get(k));
      }
    }
    run.put("strip_think", c.stripThink());
    run.put("scored_at", Instant.now().toString());
    ObjectNode summary = Summary.of(samples, scores, failed, run);
    Synthesizer.writeAtomically(
        files.summary(),
        EvalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
    return summary;
  }

  /**
   * Writes {@code run.json}; when one exists from an earlier run, checks that the settings that
   * decide the model's answers are the same, so that one log never mixes two configurations.
   */
  static void writeRunConfig(RunFiles files, EvalConfig c, boolean asking) throws IOException {
    ObjectNode cfg = EvalJson.MAPPER.createObjectNode();
    cfg.put("tmi_version", Version.software());
    ObjectNode existing = null;
    if (Files.exists(files.config())) {
      try {
        existing = (ObjectNode) EvalJson.MAPPER.readTree(files.config().toFile());
      } catch (IOException | ClassCastException e) {
        throw new IllegalArgumentException(
            files.config() + " is not valid JSON; remove it or use another --out");
      }
    }
    cfg.put(
        "created",
        existing != null && existing.has("created")
            ? existing.get("created").asText()
            : Instant.now().toString());
    cfg.put("updated", Instant.now().toString());
    cfg.put("data", c.data().toAbsolutePath().normalize().toString());
    cfg.put("data_sha256", sha256(c.data().resolve("manifest.json")));
    cfg.put("variant", c.variant());
    ArrayNode tasks = cfg.putArray("tasks");
    c.tasks().forEach(tasks::add);
    ArrayNode splits = cfg.putArray("splits");
    c.splits().stream().map(Split::name).forEach(splits::add);
    cfg.put("limit", c.limit());
    cfg.put("strip_think", c.stripThink());
    ClientSettings cs = c.client();
    if (cs != null) {
      cfg.put("model", cs.model());
      cfg.put("base_url", cs.baseUrl().toString());
      cfg.put("mode", cs.mode().name().toLowerCase(java.util.Locale.ROOT));
      cfg.put("temperature", cs.temperature());
      cfg.put("top_p", cs.topP());
      if (cs.seed() != null) {
        cfg.put("seed", cs.seed());
      }
      cfg.put("timeout_ms", cs.timeout().toMillis());
      cfg.put("api_key", cs.apiKey() == null ? "none" : "given (not stored)");
      var in = c.inference();
      cfg.put("max_tokens", in.maxTokens());
      cfg.put("context_size", in.contextSize());
      if (in.system() != null) {
        cfg.put("system", in.system());
      }
      cfg.put("template", in.template());
      cfg.put("concurrency", in.concurrency());
      cfg.put("retries", in.retry().retries());
      cfg.put("rps", in.rps());
    }
    if (c.judge() != null) {
      ObjectNode j = cfg.putObject("judge");
      j.put("extractor_model", c.judge().extractor().model());
      j.put("extractor_base_url", c.judge().extractor().baseUrl().toString());
      j.put("judge_model", c.judge().judge().model());
      j.put("judge_base_url", c.judge().judge().baseUrl().toString());
    }
    if (existing != null) {
      if (asking) {
        for (String k : IDENTITY) {
          JsonNode was = existing.get(k);
          JsonNode now = cfg.get(k);
          if (was != null && !was.equals(now)) {
            throw new IllegalArgumentException(
                "--out "
                    + files.dir()
                    + " holds a run with "
                    + k
                    + "="
                    + was
                    + ", this command has "
                    + (now == null ? "none" : now.toString())
                    + "; resume with the same settings or choose another --out");
          }
        }
      } else {
        // Re-scoring only: keep what the asking run recorded about the model.
        for (var e : existing.properties()) {
          if (!cfg.has(e.getKey())) {
            cfg.set(e.getKey(), e.getValue());
          }
        }
      }
    }
    Synthesizer.writeAtomically(
        files.config(), EvalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(cfg));
  }

  private static String sha256(Path p) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void logFailures(RunFiles files, List<Runner.Failure> failures)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    String now = Instant.now().toString();
    for (Runner.Failure f : failures) {
      ObjectNode o = EvalJson.MAPPER.createObjectNode();
      o.put("id", f.id()).put("error", f.error()).put("attempts", f.attempts()).put("time", now);
      sb.append(EvalJson.MAPPER.writeValueAsString(o)).append('\n');
    }
    Files.writeString(
        files.errors(),
        sb,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }
}
