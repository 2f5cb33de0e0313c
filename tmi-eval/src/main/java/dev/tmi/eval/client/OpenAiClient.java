package dev.tmi.eval.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ModelClient} for any OpenAI-compatible server (vLLM, SGLang, lmdeploy, Ollama, {@code
 * tmi serve}), in chat or completions mode, over the JDK's HTTP client. One instance is shared by
 * all runner threads; connections are kept alive and reused.
 */
public final class OpenAiClient implements ModelClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR_BODY = 300;

  private final ClientSettings settings;
  private final HttpClient http;

  /**
   * A client whose HTTP machinery runs on the client's own selector thread. The JDK's default, a
   * cached thread pool, hands every response over between threads several times; with 64 requests
   * in flight that cost half of the harness's CPU ({@code tmi bench harness}: 580 against 1,030
   * requests per CPU second). Nothing here blocks in a callback (bodies are collected as byte
   * arrays and the caller waits on the future), so running them in place is safe.
   */
  public OpenAiClient(ClientSettings settings) {
    this(settings, Runnable::run);
  }

  /** A client whose HTTP machinery runs on {@code executor} (or the JDK's default if null). */
  public OpenAiClient(ClientSettings settings, Executor executor) {
    this.settings = settings;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            // Inference servers speak HTTP/1.1; an h2c upgrade attempt only costs a round trip.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(min(settings.timeout(), Duration.ofSeconds(30)));
    if (executor != null) {
      b.executor(executor);
    }
    this.http = b.build();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  /** The settings (the key stays hidden in their string form). */
  public ClientSettings settings() {
    return settings;
  }

  @Override
  public Completion complete(Prompt prompt) throws IOException, InterruptedException {
    byte[] body = JSON.writeValueAsBytes(requestBody(settings, prompt));
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(settings.endpoint())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (settings.apiKey() != null) {
      rb.header("Authorization", "Bearer " + settings.apiKey());
    }
    HttpResponse<byte[]> resp;
    // The request time-out of the JDK client covers the response headers only; a server that
    // stalls in the middle of the body would hang a plain send() forever. So the whole exchange
    // gets the time-out here.
    CompletableFuture<HttpResponse<byte[]>> f =
        http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      resp = f.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw timedOut(e);
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof HttpTimeoutException) {
        throw timedOut(c);
      }
      if (c instanceof IOException io) {
        throw new ModelCallException("connection failed: " + describe(io), 0, true, null, io);
      }
      throw new ModelCallException("request failed: " + c, 0, true, null, c);
    }
    int status = resp.statusCode();
    if (status / 100 != 2) {
      Duration wait =
          resp.headers().firstValue("Retry-After").map(OpenAiClient::retryAfter).orElse(null);
      throw new ModelCallException(
          "HTTP " + status + ": " + snippet(resp.body()),
          status,
          ModelCallException.retryableStatus(status),
          wait,
          null);
    }
    return parse(resp.body(), settings.mode());
  }

  private ModelCallException timedOut(Throwable cause) {
    return new ModelCallException(
        "timed out after " + settings.timeout().toMillis() + " ms", 0, true, null, cause);
  }

  /** The JSON request for a prompt. */
  static ObjectNode requestBody(ClientSettings s, Prompt prompt) {
    ObjectNode req = JSON.createObjectNode();
    req.put("model", s.model());
    if (s.mode() == ApiMode.CHAT) {
      ArrayNode messages = req.putArray("messages");
      if (prompt.system() != null) {
        messages.addObject().put("role", "system").put("content", prompt.system());
      }
      messages.addObject().put("role", "user").put("content", prompt.user());
    } else {
      String p = prompt.system() == null ? prompt.user() : prompt.system() + "\n\n" + prompt.user();
      req.put("prompt", p);
    }
    req.put("max_tokens", prompt.maxTokens());
    req.put("temperature", s.temperature());
    req.put("top_p", s.topP());
    if (s.seed() != null) {
      req.put("seed", s.seed());
    }
    req.put("n", 1);
    req.put("stream", false);
    return req;
  }

  /**
   * Reads a server answer.
   *
   * @throws ModelCallException (retryable) when the body is not the JSON an OpenAI-compatible
   *     server sends
   */
  static Completion parse(byte[] body, ApiMode mode) throws ModelCallException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ModelCallException(
          "malformed JSON from the server: " + e.getOriginalMessage() + " in " + snippet(body),
          200,
          true,
          null,
          e);
    } catch (IOException e) {
      throw new ModelCallException("unreadable answer: " + e.getMessage(), 200, true, null, e);
    }
    if (root == null || !root.isObject()) {
      throw new ModelCallException(
          "the server answered no JSON object: " + snippet(body), 200, true, null, null);
    }
    JsonNode choice = root.path("choices").path(0);
    if (!choice.isObject()) {
      String err = root.path("error").path("message").asText("");
      throw new ModelCallException(
          "no choices in the answer" + (err.isEmpty() ? ": " + snippet(body) : ": " + err),
          200,
          true,
          null,
          null);
    }
    String text;
    String reasoning = null;
    if (mode == ApiMode.CHAT) {
      JsonNode msg = choice.path("message");
      if (!msg.isObject()) {
        throw new ModelCallException(
            "a chat choice without a message: " + snippet(body), 200, true, null, null);
      }
      text = msg.path("content").isTextual() ? msg.path("content").asText() : "";
      for (String key : new String[] {"reasoning_content", "reasoning"}) {
        if (msg.path(key).isTextual() && !msg.path(key).asText().isEmpty()) {
          reasoning = msg.path(key).asText();
          break;
        }
      }
    } else {
      if (!choice.path("text").isTextual()) {
        throw new ModelCallException(
            "a completion choice without text: " + snippet(body), 200, true, null, null);
      }
      text = choice.path("text").asText();
    }
    String finish =
        choice.path("finish_reason").isTextual() ? choice.path("finish_reason").asText() : null;
    JsonNode usage = root.path("usage");
    int promptTokens =
        usage.path("prompt_tokens").isIntegralNumber() ? usage.path("prompt_tokens").asInt() : -1;
    int completionTokens =
        usage.path("completion_tokens").isIntegralNumber()
            ? usage.path("completion_tokens").asInt()
            : -1;
    return new Completion(text, finish, promptTokens, completionTokens, reasoning);
  }

  /** Parses a {@code Retry-After} value: seconds or an HTTP date; {@code null} if unreadable. */
  static Duration retryAfter(String value) {
    String v = value.strip();
    try {
      double secs = Double.parseDouble(v);
      return secs >= 0 ? Duration.ofMillis((long) (secs * 1000)) : null;
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
  }

  private static String snippet(byte[] body) {
    String s =
        new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    return s.length() > MAX_ERROR_BODY ? s.substring(0, MAX_ERROR_BODY) + "..." : s;
  }

  @Override
  public String describe() {
    return settings.model()
        + " at "
        + settings.baseUrl()
        + " ("
        + settings.mode().name().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }

  @Override
  public void close() {
    // The JDK 17 HttpClient has no close(); its threads are daemons and die with the JVM.
  }
}
