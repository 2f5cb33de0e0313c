package dev.tmi.eval.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.eval.Fixture;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.ModelCallException;
import dev.tmi.eval.client.OpenAiClient;
import dev.tmi.eval.client.Prompt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ZeroLatencyServerTest {
  private static final Map<String, String> ANSWERS =
      Map.of("What is 2+2?", "2+2=4\n\\boxed{4}", "Sort [3, 1]", "\\boxed{[1, 3]}");

  @Test
  void answersChatAndCompletionsThroughTheRealClientOnKeptAliveConnections() throws Exception {
    try (ZeroLatencyServer server = new ZeroLatencyServer(ANSWERS)) {
      for (ApiMode mode : ApiMode.values()) {
        try (OpenAiClient client =
            new OpenAiClient(Fixture.client(server.baseUrl(), mode, Duration.ofSeconds(5)))) {
          for (int i = 0; i < 200; i++) {
            String q = i % 2 == 0 ? "What is 2+2?" : "Sort [3, 1]";
            assertThat(client.complete(new Prompt(null, q, 64)).text()).isEqualTo(ANSWERS.get(q));
          }
        }
      }
      assertThat(server.requests()).isEqualTo(400);
    }
  }

  @Test
  void aChatSystemMessageIsNotPartOfThePrompt() throws Exception {
    try (ZeroLatencyServer server = new ZeroLatencyServer(ANSWERS);
        OpenAiClient client =
            new OpenAiClient(
                Fixture.client(server.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
      assertThat(client.complete(new Prompt("Be brief.", "What is 2+2?", 8)).text())
          .isEqualTo(ANSWERS.get("What is 2+2?"));
    }
  }

  @Test
  void unknownPromptsPathsAndMethodsGetClientErrors() throws Exception {
    try (ZeroLatencyServer server = new ZeroLatencyServer(ANSWERS)) {
      try (OpenAiClient client =
          new OpenAiClient(Fixture.client(server.baseUrl(), ApiMode.CHAT, Duration.ofSeconds(5)))) {
        assertThatThrownBy(() -> client.complete(new Prompt(null, "never asked", 8)))
            .isInstanceOf(ModelCallException.class)
            .hasMessageContaining("HTTP 400")
            .hasMessageContaining("unknown prompt: never asked");
      }
      int port = server.baseUrl().getPort();
      assertThat(exchange(port, "GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n"))
          .startsWith("HTTP/1.1 404");
      assertThat(exchange(port, "GET /v1/completions HTTP/1.1\r\nHost: x\r\n\r\n"))
          .startsWith("HTTP/1.1 405");
      assertThat(
              exchange(port, "POST /v1/completions HTTP/1.1\r\nContent-Length: 9\r\n\r\nnot json!"))
          .startsWith("HTTP/1.1 400");
    }
  }

  @Test
  void requestsSplitAcrossWritesAndRequestsSentBackToBackAreBothAnswered() throws Exception {
    try (ZeroLatencyServer server = new ZeroLatencyServer(ANSWERS);
        Socket s = new Socket("127.0.0.1", server.baseUrl().getPort())) {
      s.setSoTimeout(5000);
      String one = post("{\"prompt\":\"What is 2+2?\"}");
      String two = post("{\"model\":\"m\",\"prompt\":\"Sort [3, 1]\",\"n\":1}");
      OutputStream out = s.getOutputStream();
      byte[] first = one.getBytes(StandardCharsets.UTF_8);
      // The head and the body of the first request arrive in three pieces, with pauses.
      out.write(first, 0, 10);
      out.flush();
      Thread.sleep(50);
      out.write(first, 10, first.length - 30);
      out.flush();
      Thread.sleep(50);
      // ... and the rest of it in the same write as the whole second request.
      byte[] rest = (one.substring(one.length() - 20) + two).getBytes(StandardCharsets.UTF_8);
      out.write(rest);
      out.flush();
      Map<String, String> texts = new HashMap<>();
      InputStream in = s.getInputStream();
      for (int i = 0; i < 2; i++) {
        String body = readResponse(in);
        Matcher m = Pattern.compile("\"text\":\"(.*?)\"").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        texts.put("r" + i, m.group(1));
      }
      assertThat(texts.get("r0")).isEqualTo("2+2=4\\n\\\\boxed{4}");
      assertThat(texts.get("r1")).isEqualTo("\\\\boxed{[1, 3]}");
    }
  }

  @Test
  void aRequestLargerThanTheReadBufferIsReadWhole() throws Exception {
    String big = "x".repeat(100_000);
    try (ZeroLatencyServer server = new ZeroLatencyServer(Map.of(big, "\\boxed{1}"));
        OpenAiClient client =
            new OpenAiClient(
                Fixture.client(server.baseUrl(), ApiMode.COMPLETIONS, Duration.ofSeconds(5)))) {
      assertThat(client.complete(new Prompt(null, big, 8)).text()).isEqualTo("\\boxed{1}");
    }
  }

  private static String post(String body) {
    return "POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  private static String exchange(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return readResponse(s.getInputStream());
    }
  }

  /** Reads one response: status line and headers, then Content-Length bytes of body. */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the head: " + head);
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String h = head.toString(StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("Content-Length: (\\d+)").matcher(h);
    assertThat(m.find()).as("Content-Length in %s", h).isTrue();
    byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
    return h + new String(body, StandardCharsets.UTF_8);
  }
}
