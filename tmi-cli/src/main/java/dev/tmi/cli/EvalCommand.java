package dev.tmi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.task.Split;
import dev.tmi.eval.EvalJson;
import dev.tmi.eval.Evaluation;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.ClientSettings;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.run.EvalConfig;
import dev.tmi.eval.run.InferenceSettings;
import dev.tmi.eval.run.RetryPolicy;
import dev.tmi.eval.run.RunFiles;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi eval}: evaluates a model behind an OpenAI-compatible server. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    description = {
      "Evaluate a model behind any OpenAI-compatible server (vLLM, SGLang, lmdeploy, Ollama,"
          + " tmi serve) on the eval sets of a tmi synth output. Raw responses are appended to"
          + " RUN_DIR/responses.jsonl before scoring; every answer is scored deterministically and"
          + " every chain of thought verified step by step (scores.jsonl, summary.json). Running"
          + " the same command again resumes; --rescore only re-scores.",
      "The API key comes from --api-key, TMI_API_KEY or OPENAI_API_KEY and is never printed or"
          + " stored."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--base-url",
      description = "Server URL, e.g. http://localhost:8000/v1 (env TMI_BASE_URL).")
  String baseUrl;

  @Option(names = "--model", description = "Model name the server knows (env TMI_MODEL).")
  String model;

  @Option(names = "--data", description = "A tmi synth output directory.")
  Path data;

  @Option(
      names = "--out",
      required = true,
      description = "The run directory (created; reused to resume).")
  Path out;

  @Option(
      names = "--tasks",
      description = "Task ids, comma-separated, or all (default: every task in --data).")
  String tasks;

  @Option(names = "--splits", description = "Splits, comma-separated (default: S,M,L).")
  String splits;

  @Option(
      names = "--variant",
      description =
          "Which data files hold the reference, and which format parses the model's chain of"
              + " thought (default: tail).")
  String variant;

  @Option(
      names = "--limit",
      description = "At most this many samples per task and split (default: all).")
  Integer limit;

  @Option(
      names = "--mode",
      defaultValue = "chat",
      description = "chat (/chat/completions) or completions (/completions).")
  String mode;

  @Option(
      names = "--api-key",
      description = "Bearer token (default: env TMI_API_KEY, then OPENAI_API_KEY).")
  String apiKey;

  @Option(names = "--concurrency", defaultValue = "16", description = "Requests in flight at most.")
  int concurrency;

  @Option(
      names = "--rps",
      defaultValue = "0",
      description = "Request starts per second at most (0: no limit).")
  double rps;

  @Option(
      names = "--max-tokens",
      defaultValue = "16384",
      description = "Generation limit (long CoT needs room; truncation is detected and reported).")
  int maxTokens;

  @Option(
      names = "--context-size",
      defaultValue = "0",
      description =
          "The model's context size in tokens; prompts are checked against it and max_tokens"
              + " lowered to fit (0: not checked).")
  int contextSize;

  @Option(
      names = "--temperature",
      defaultValue = "0",
      description = "Sampling temperature (0: greedy, as in the paper).")
  double temperature;

  @Option(names = "--top-p", defaultValue = "1", description = "Nucleus sampling mass.")
  double topP;

  @Option(names = "--seed", description = "Sampling seed sent to the server.")
  Long seed;

  @Option(
      names = "--system",
      description =
          "The system message (default in chat mode: the one `tmi export` trains with, so a"
              + " model fine-tuned on TMI exports is asked as it was trained; none in completions"
              + " mode).")
  String system;

  @Option(names = "--no-system", description = "Send no system message.")
  boolean noSystem;

  private String effectiveSystem() {
    if (noSystem) {
      if (system != null) {
        throw new IllegalArgumentException("--system and --no-system exclude each other");
      }
      return null;
    }
    if (system != null) {
      return system;
    }
    return "chat".equalsIgnoreCase(mode) ? dev.tmi.export.ChatFraming.DEFAULT_SYSTEM : null;
  }

  @Option(
      names = "--template",
      defaultValue = "{query}",
      description = "The user message; {query} stands for the sample's query.")
  String template;

  @Option(
      names = "--strip-think",
      description = "Treat <think>...</think> as reasoning only: the answer must come after it.")
  boolean stripThink;

  @Option(names = "--timeout", defaultValue = "600", description = "Seconds per request.")
  double timeout;

  @Option(
      names = "--retries",
      defaultValue = "6",
      description = "Retries of 429, 5xx, time-outs and dropped connections.")
  int retries;

  @Option(
      names = "--backoff",
      defaultValue = "1",
      description =
          "First retry back-off in seconds (doubles, jittered, at most 60 s; Retry-After"
              + " honoured).")
  double backoff;

  @Option(
      names = "--rescore",
      description = "Only re-score the responses already in --out; ask nothing.")
  boolean rescore;

  @Option(names = "--judge-model", description = "LLM-judge mode: the judge model (YES/NO).")
  String judgeModel;

  @Option(names = "--judge-base-url", description = "The judge's server (default: --base-url).")
  String judgeBaseUrl;

  @Option(
      names = "--judge-api-key",
      description = "The judge's key (default: env TMI_JUDGE_API_KEY, then the model's key).")
  String judgeApiKey;

  @Option(
      names = "--extractor-model",
      description = "The answer-extractor model (default: the judge model).")
  String extractorModel;

  @Option(
      names = "--extractor-base-url",
      description = "The extractor's server (default: the judge's).")
  String extractorBaseUrl;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar (default: when run in a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws Exception {
    RunFiles files = new RunFiles(out);
    JsonNode previous =
        Files.isRegularFile(files.config())
            ? EvalJson.MAPPER.readTree(files.config().toFile())
            : null;
    if (data == null) {
      if (previous == null || !previous.hasNonNull("data")) {
        throw new IllegalArgumentException(
            "--data is needed (no earlier run in " + out + " to take it from)");
      }
      data = Path.of(previous.get("data").asText());
    }
    if (variant == null) {
      variant =
          previous != null && previous.has("variant") ? previous.get("variant").asText() : "tail";
    }
    if (tasks == null && previous != null && previous.path("tasks").size() > 0) {
      List<String> t = new ArrayList<>();
      previous.get("tasks").forEach(n -> t.add(n.asText()));
      tasks = String.join(",", t);
    }
    if (splits == null && previous != null && previous.path("splits").size() > 0) {
      List<String> t = new ArrayList<>();
      previous.get("splits").forEach(n -> t.add(n.asText()));
      splits = String.join(",", t);
    }
    if (limit == null) {
      limit = previous != null ? previous.path("limit").asInt(0) : 0;
    }
    List<String> taskList =
        tasks == null || tasks.strip().equals("all") ? List.of() : TaskArgs.tasks(tasks);
    List<Split> splitList = new ArrayList<>();
    for (String s : TaskArgs.list(splits == null ? "S,M,L" : splits)) {
      Split sp = Split.parse(s);
      if (!splitList.contains(sp)) {
        splitList.add(sp);
      }
    }
    String key =
        firstNonBlank(apiKey, System.getenv("TMI_API_KEY"), System.getenv("OPENAI_API_KEY"));
    ClientSettings client = null;
    if (!rescore) {
      String url = firstNonBlank(baseUrl, System.getenv("TMI_BASE_URL"));
      String name = firstNonBlank(model, System.getenv("TMI_MODEL"));
      if (url == null) {
        throw new IllegalArgumentException(
            "--base-url is needed (or TMI_BASE_URL), e.g. http://localhost:8000/v1");
      }
      if (name == null) {
        throw new IllegalArgumentException(
            "--model is needed (or TMI_MODEL): the name the server serves");
      }
      client =
          new ClientSettings(
              uri(url, "--base-url"),
              name,
              key,
              apiMode(mode),
              temperature,
              topP,
              seed,
              seconds(timeout, "--timeout"));
    }
    InferenceSettings inference =
        new InferenceSettings(
            concurrency,
            new RetryPolicy(retries, seconds(backoff, "--backoff"), Duration.ofSeconds(60)),
            rps,
            maxTokens,
            contextSize,
            effectiveSystem(),
            template);
    EvalConfig.JudgeSettings judge = null;
    if (judgeModel != null || extractorModel != null) {
      if (judgeModel == null) {
        throw new IllegalArgumentException("--extractor-model needs --judge-model");
      }
      String jUrl = firstNonBlank(judgeBaseUrl, baseUrl, System.getenv("TMI_BASE_URL"));
      if (jUrl == null) {
        throw new IllegalArgumentException("--judge-base-url is needed");
      }
      String jKey = firstNonBlank(judgeApiKey, System.getenv("TMI_JUDGE_API_KEY"), key);
      Duration to = seconds(timeout, "--timeout");
      ClientSettings j =
          new ClientSettings(
              uri(jUrl, "--judge-base-url"), judgeModel, jKey, ApiMode.CHAT, 0, 1, null, to);
      ClientSettings x =
          new ClientSettings(
              uri(firstNonBlank(extractorBaseUrl, jUrl), "--extractor-base-url"),
              firstNonBlank(extractorModel, judgeModel),
              jKey,
              ApiMode.CHAT,
              0,
              1,
              null,
              to);
      judge = new EvalConfig.JudgeSettings(x, j);
    }
    EvalConfig config =
        new EvalConfig(
            data, taskList, splitList, variant, limit, out, client, inference, stripThink, judge);

    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluation.Outcome o;
    try (EvalProgress p =
            new EvalProgress(progress != null ? progress : ProgressListener.interactive(), err);
        OpenAiClient c = client == null ? null : new OpenAiClient(client);
        OpenAiClient jx = judge == null ? null : new OpenAiClient(judge.extractor());
        OpenAiClient jj = judge == null ? null : new OpenAiClient(judge.judge())) {
      o = Evaluation.run(config, c, jx, jj, p);
      if (o.answeredNow() > 0) {
        stdout.printf(
            "asked %d samples in %.1f s (%.1f req/s)%n",
            o.answeredNow(), p.seconds(), o.answeredNow() / Math.max(1e-3, p.seconds()));
      }
    }
    printSummary(stdout, o);
    if (!o.failures().isEmpty()) {
      throw new IllegalStateException(
          o.failures().size()
              + " samples failed after retries (first: "
              + o.failures().get(0).id()
              + ": "
              + o.failures().get(0).error()
              + "); see "
              + files.errors()
              + "; run the same command again to retry them");
    }
    return 0;
  }

  private static void printSummary(PrintWriter out, Evaluation.Outcome o) {
    JsonNode tasks = o.summary().path("tasks");
    out.printf("%-24s %5s %18s %18s %18s%n", "TASK", "", "S", "M", "L");
    for (var e : tasks.properties()) {
      StringBuilder sb = new StringBuilder(String.format("%-24s %5s", e.getKey(), "acc"));
      for (String s : List.of("S", "M", "L")) {
        JsonNode c = e.getValue().path(s);
        sb.append(
            c.isMissingNode()
                ? String.format(" %18s", "-")
                : String.format(
                    " %7.1f%% (%4d/%4d)",
                    100 * c.path("accuracy").asDouble(),
                    c.path("correct").asInt(),
                    c.path("n").asInt()));
      }
      out.println(sb);
    }
    out.printf(
        "%d samples, %d answered earlier, %d now; scores in scores.jsonl, summary in"
            + " summary.json%n",
        o.selected(), o.answeredBefore(), o.answeredNow());
  }

  private static String firstNonBlank(String... xs) {
    for (String x : xs) {
      if (x != null && !x.isBlank()) {
        return x.strip();
      }
    }
    return null;
  }

  private static URI uri(String s, String flag) {
    try {
      return URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(flag + ": not a URL: " + s);
    }
  }

  private static ApiMode apiMode(String s) {
    return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "chat" -> ApiMode.CHAT;
      case "completions", "completion" -> ApiMode.COMPLETIONS;
      default -> throw new IllegalArgumentException("--mode must be chat or completions, got " + s);
    };
  }

  private static Duration seconds(double s, String flag) {
    if (!(s > 0) || s > 86_400) {
      throw new IllegalArgumentException(flag + " must be a positive number of seconds, got " + s);
    }
    return Duration.ofMillis((long) (s * 1000));
  }
}
