package dev.tmi.lab.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tmi.eval.client.Completion;
import dev.tmi.lab.eval.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible HTTP server over a lab model: {@code POST /v1/completions}, {@code POST
 * /v1/chat/completions} (both with {@code "stream": true} as server-sent events), {@code GET
 * /v1/models} and {@code GET /health}. Decoding is greedy, so sampling parameters are accepted and
 * ignored. Request bodies and concurrency are limited; malformed requests get 4xx answers with an
 * OpenAI-style error object.
 */
public final class OpenAiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Generator model;
  private final String modelName;
  private final ServerConfig cfg;
  private final HttpServer server;
  private final ExecutorService pool;
  private final Semaphore slots;
  private final AtomicLong ids = new AtomicLong();

  /** Starts serving at once. */
  public OpenAiServer(Generator model, String modelName, ServerConfig cfg) throws IOException {
    this.model = model;
    this.modelName = modelName;
    this.cfg = cfg;
    this.slots = new Semaphore(cfg.maxConcurrency(), true);
    this.server = HttpServer.create(new InetSocketAddress(cfg.host(), cfg.port()), 64);
    this.pool =
        Executors.newFixedThreadPool(
            cfg.maxConcurrency() + 4,
            r -> {
              Thread t = new Thread(r, "tmi-serve");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL clients use, e.g. {@code http://127.0.0.1:8000/v1}. */
  public String baseUrl() {
    return "http://" + cfg.host() + ":" + port() + "/v1";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath().replaceAll("/+$", "");
      String method = ex.getRequestMethod();
      try {
        switch (path) {
          case "/health" -> {
            requireMethod(method, "GET");
            send(ex, 200, JSON.createObjectNode().put("status", "ok"));
          }
          case "/v1/models" -> {
            requireMethod(method, "GET");
            ObjectNode list = JSON.createObjectNode().put("object", "list");
            list.putArray("data")
                .addObject()
                .put("id", modelName)
                .put("object", "model")
                .put("created", 0)
                .put("owned_by", "tmi");
            send(ex, 200, list);
          }
          case "/v1/completions", "/v1/chat/completions" -> {
            requireMethod(method, "POST");
            generate(ex, path.endsWith("chat/completions"), body(ex));
          }
          default -> throw new HttpError(404, "not_found", "no route " + path);
        }
      } catch (HttpError e) {
        if (e.status == 405) {
          ex.getResponseHeaders().set("Allow", e.type);
        }
        if (e.status == 429) {
          ex.getResponseHeaders().set("Retry-After", "1");
        }
        ObjectNode err = JSON.createObjectNode();
        err.putObject("error")
            .put("message", e.getMessage())
            .put("type", e.status == 405 ? "invalid_request_error" : e.type)
            .putNull("param")
            .putNull("code");
        send(ex, e.status, err);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        ObjectNode err = JSON.createObjectNode();
        err.putObject("error")
            .put("message", "internal error: " + e.getMessage())
            .put("type", "server_error")
            .putNull("param")
            .putNull("code");
        send(ex, 500, err);
      }
    }
  }

  private static void requireMethod(String method, String allowed) throws HttpError {
    if (!method.equals(allowed)) {
      throw new HttpError(405, allowed, "method " + method + " not allowed; use " + allowed);
    }
  }

  private JsonNode body(HttpExchange ex) throws IOException, HttpError {
    String len = ex.getRequestHeaders().getFirst("Content-Length");
    if (len != null) {
      try {
        if (Long.parseLong(len.strip()) > cfg.maxBodyBytes()) {
          throw new HttpError(
              413, "invalid_request_error", "request body over " + cfg.maxBodyBytes() + " bytes");
        }
      } catch (NumberFormatException e) {
        throw HttpError.bad("bad Content-Length");
      }
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(cfg.maxBodyBytes() + 1);
    }
    if (bytes.length > cfg.maxBodyBytes()) {
      throw new HttpError(
          413, "invalid_request_error", "request body over " + cfg.maxBodyBytes() + " bytes");
    }
    try {
      JsonNode n = JSON.readTree(bytes);
      if (n == null || !n.isObject()) {
        throw HttpError.bad("the body must be a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpError.bad("malformed JSON: " + e.getOriginalMessage());
    }
  }

  private void generate(HttpExchange ex, boolean chat, JsonNode req)
      throws IOException, HttpError, InterruptedException {
    String prompt = chat ? chatPrompt(req) : completionPrompt(req);
    int maxTokens = maxTokens(req);
    JsonNode streamNode = req.path("stream");
    if (!streamNode.isMissingNode() && !streamNode.isNull() && !streamNode.isBoolean()) {
      throw HttpError.bad("'stream' must be a boolean");
    }
    boolean stream = streamNode.asBoolean(false);
    if (!slots.tryAcquire(cfg.queueMillis(), TimeUnit.MILLISECONDS)) {
      throw new HttpError(429, "rate_limit_error", "too many concurrent requests; retry later");
    }
    Completion c;
    try {
      c = model.complete(List.of(prompt), maxTokens).get(0);
    } catch (IllegalArgumentException e) {
      throw HttpError.bad(e.getMessage());
    } finally {
      slots.release();
    }
    String id = (chat ? "chatcmpl-" : "cmpl-") + ids.incrementAndGet();
    long created = System.currentTimeMillis() / 1000;
    if (stream) {
      stream(ex, chat, id, created, c);
    } else {
      send(ex, 200, chat ? chatBody(id, created, c) : completionBody(id, created, c));
    }
  }

  private static String completionPrompt(JsonNode req) throws HttpError {
    JsonNode p = req.get("prompt");
    if (p != null && p.isArray() && p.size() == 1 && p.get(0).isTextual()) {
      return p.get(0).asText();
    }
    if (p == null || !p.isTextual()) {
      throw HttpError.bad("'prompt' must be a string (or a list of one string)");
    }
    return p.asText();
  }

  private static String chatPrompt(JsonNode req) throws HttpError {
    JsonNode msgs = req.get("messages");
    if (msgs == null || !msgs.isArray() || msgs.isEmpty()) {
      throw HttpError.bad("'messages' must be a non-empty list");
    }
    String user = null;
    for (JsonNode m : msgs) {
      if (!m.isObject() || !m.path("role").isTextual()) {
        throw HttpError.bad("every message needs a 'role'");
      }
      if (m.get("role").asText().equals("user")) {
        user = text(m.get("content"));
      }
    }
    if (user == null) {
      throw HttpError.bad("no user message");
    }
    return user;
  }

  private static String text(JsonNode content) throws HttpError {
    if (content != null && content.isTextual()) {
      return content.asText();
    }
    if (content != null && content.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : content) {
        if (part.path("type").asText().equals("text") && part.path("text").isTextual()) {
          sb.append(part.get("text").asText());
        } else {
          throw HttpError.bad("only text content parts are supported");
        }
      }
      return sb.toString();
    }
    throw HttpError.bad("a message's 'content' must be a string or a list of text parts");
  }

  private int maxTokens(JsonNode req) throws HttpError {
    JsonNode n =
        req.has("max_completion_tokens") ? req.get("max_completion_tokens") : req.get("max_tokens");
    if (n == null || n.isNull()) {
      return Math.min(cfg.maxTokens(), 4096);
    }
    if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > cfg.maxTokens()) {
      throw HttpError.bad("'max_tokens' must be an integer from 1 to " + cfg.maxTokens());
    }
    return n.asInt();
  }

  private ObjectNode completionBody(String id, long created, Completion c) {
    ObjectNode o = head(id, "text_completion", created);
    ObjectNode choice = o.putArray("choices").addObject();
    choice
        .put("index", 0)
        .put("text", c.text())
        .putNull("logprobs")
        .put("finish_reason", c.finishReason());
    usage(o, c);
    return o;
  }

  private ObjectNode chatBody(String id, long created, Completion c) {
    ObjectNode o = head(id, "chat.completion", created);
    ObjectNode choice = o.putArray("choices").addObject();
    choice.put("index", 0);
    choice
        .putObject("message")
        .put("role", "assistant")
        .put("content", c.text())
        .putNull("refusal");
    choice.putNull("logprobs").put("finish_reason", c.finishReason());
    usage(o, c);
    return o;
  }

  private ObjectNode head(String id, String object, long created) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("object", object)
        .put("created", created)
        .put("model", modelName);
  }

  private static void usage(ObjectNode o, Completion c) {
    o.putObject("usage")
        .put("prompt_tokens", c.promptTokens())
        .put("completion_tokens", c.completionTokens())
        .put("total_tokens", c.promptTokens() + c.completionTokens());
  }

  /** Sends the text as server-sent events, a few characters per event, then {@code [DONE]}. */
  private void stream(HttpExchange ex, boolean chat, String id, long created, Completion c)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      String text = c.text();
      String object = chat ? "chat.completion.chunk" : "text_completion";
      if (chat) {
        event(out, chunk(id, object, created, chat, "", true, null));
      }
      for (int i = 0; i < text.length(); i += 8) {
        event(
            out,
            chunk(
                id,
                object,
                created,
                chat,
                text.substring(i, Math.min(text.length(), i + 8)),
                false,
                null));
      }
      ObjectNode last = chunk(id, object, created, chat, "", false, c.finishReason());
      usage(last, c);
      event(out, last);
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  private ObjectNode chunk(
      String id,
      String object,
      long created,
      boolean chat,
      String text,
      boolean role,
      String finish) {
    ObjectNode o = head(id, object, created);
    ArrayNode choices = o.putArray("choices");
    ObjectNode ch = choices.addObject().put("index", 0);
    if (chat) {
      ObjectNode delta = ch.putObject("delta");
      if (role) {
        delta.put("role", "assistant");
      }
      delta.put("content", text);
    } else {
      ch.put("text", text);
    }
    ch.putNull("logprobs");
    if (finish == null) {
      ch.putNull("finish_reason");
    } else {
      ch.put("finish_reason", finish);
    }
    return o;
  }

  private static void event(OutputStream out, JsonNode data) throws IOException {
    out.write(("data: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] b = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
