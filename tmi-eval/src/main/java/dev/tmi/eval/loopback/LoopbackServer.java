package dev.tmi.eval.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A minimal OpenAI-compatible server on the loopback interface ({@code POST /v1/chat/completions}
 * and {@code /v1/completions}), answering with whatever a {@link Responder} decides: reference
 * traces, corrupted ones, or faults. Used by the end-to-end and fault-injection tests and by {@code
 * tmi bench harness}. It binds 127.0.0.1 only.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One request as the server read it.
   *
   * @param chat whether it came to the chat endpoint
   * @param model the model name
   * @param prompt the user message (chat) or the prompt (completions)
   * @param system the system message, or null
   * @param maxTokens the limit asked for
   * @param authorization the Authorization header, or null
   */
  public record Request(
      boolean chat,
      String model,
      String prompt,
      String system,
      int maxTokens,
      String authorization) {}

  /** Decides the reply to a request; called from many threads. */
  @FunctionalInterface
  public interface Responder extends Function<Request, Reply> {}

  private final HttpServer server;
  private final ExecutorService pool;
  private final AtomicLong requests = new AtomicLong();

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param threads handler threads (slow replies hold one each)
   */
  public LoopbackServer(Responder responder, int threads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "loopback-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/v1/chat/completions", ex -> handle(ex, true, responder));
    server.createContext("/v1/completions", ex -> handle(ex, false, responder));
    server.start();
  }

  /** The base URL to give a client: {@code http://127.0.0.1:PORT/v1}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  /** Requests received so far. */
  public long requests() {
    return requests.get();
  }

  private void handle(HttpExchange ex, boolean chat, Responder responder) throws IOException {
    requests.incrementAndGet();
    try (ex) {
      if (!"POST".equals(ex.getRequestMethod())) {
        send(ex, 405, "{\"error\":{\"message\":\"POST only\"}}", null);
        return;
      }
      JsonNode req;
      try (InputStream in = ex.getRequestBody()) {
        req = JSON.readTree(in.readAllBytes());
      }
      String prompt;
      String system = null;
      if (chat) {
        StringBuilder user = new StringBuilder();
        for (JsonNode m : req.path("messages")) {
          if (m.path("role").asText().equals("system")) {
            system = m.path("content").asText();
          } else {
            user.append(m.path("content").asText());
          }
        }
        prompt = user.toString();
      } else {
        prompt = req.path("prompt").asText();
      }
      Request r =
          new Request(
              chat,
              req.path("model").asText(),
              prompt,
              system,
              req.path("max_tokens").asInt(-1),
              ex.getRequestHeaders().getFirst("Authorization"));
      reply(ex, chat, r, responder.apply(r));
    } catch (RuntimeException e) {
      send(ex, 500, "{\"error\":{\"message\":\"" + e.getClass().getSimpleName() + "\"}}", null);
    }
  }

  private void reply(HttpExchange ex, boolean chat, Request r, Reply reply) throws IOException {
    if (reply instanceof Reply.Ok ok) {
      send(ex, 200, body(chat, r, ok), null);
    } else if (reply instanceof Reply.Status st) {
      send(ex, st.code(), st.body() == null ? "{}" : st.body(), st.retryAfter());
    } else if (reply instanceof Reply.Malformed m) {
      send(ex, 200, m.body(), null);
    } else if (reply instanceof Reply.Delay d) {
      try {
        Thread.sleep(d.millis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      reply(ex, chat, r, d.then());
    } else if (reply instanceof Reply.Stall d) {
      byte[] b = body(chat, r, d.then()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, b.length);
      OutputStream os = ex.getResponseBody();
      os.write(b, 0, b.length / 2);
      os.flush();
      // The JDK server keeps the connection open after a short body: the client sees a stall.
      try {
        os.close();
      } catch (IOException expected) {
        // "insufficient bytes written": the fault the client must survive.
      }
    }
  }

  private static String body(boolean chat, Request r, Reply.Ok ok) throws IOException {
    return JSON.writeValueAsString(CompletionJson.completion(chat, r.model(), ok));
  }

  private static void send(HttpExchange ex, int code, String body, String retryAfter)
      throws IOException {
    byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (retryAfter != null) {
      ex.getResponseHeaders().set("Retry-After", retryAfter);
    }
    ex.sendResponseHeaders(code, b.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
