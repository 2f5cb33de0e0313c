package dev.tmi.eval.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenAiClientTest {
  static ClientSettings settings(String url) {
    return new ClientSettings(
        URI.create(url), "m", "sk-SECRET", ApiMode.CHAT, 0, 1, 7L, Duration.ofSeconds(3));
  }

  @Test
  void baseUrlsAreNormalizedAndTheKeyNeverPrinted() {
    assertThat(settings("http://localhost:8000").endpoint())
        .hasToString("http://localhost:8000/v1/chat/completions");
    assertThat(settings("http://h:1/v1/").endpoint()).hasToString("http://h:1/v1/chat/completions");
    assertThat(settings("http://h:1/v1").toString()).doesNotContain("SECRET");
    assertThatThrownBy(() -> settings("localhost:8000")).hasMessageContaining("--base-url");
    assertThatThrownBy(
            () ->
                new ClientSettings(
                    URI.create("http://h"),
                    " ",
                    null,
                    ApiMode.CHAT,
                    0,
                    1,
                    null,
                    Duration.ofSeconds(1)))
        .hasMessageContaining("--model");
  }

  @Test
  void requestsAreGreedyChatOrCompletions() {
    var chat = OpenAiClient.requestBody(settings("http://h"), new Prompt("sys", "q", 99));
    assertThat(chat.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(chat.path("messages").get(1).path("content").asText()).isEqualTo("q");
    assertThat(chat.path("temperature").asDouble()).isZero();
    assertThat(chat.path("max_tokens").asInt()).isEqualTo(99);
    assertThat(chat.path("seed").asLong()).isEqualTo(7);
    ClientSettings c =
        new ClientSettings(
            URI.create("http://h"),
            "m",
            null,
            ApiMode.COMPLETIONS,
            0,
            1,
            null,
            Duration.ofSeconds(1));
    assertThat(OpenAiClient.requestBody(c, new Prompt(null, "q", 5)).path("prompt").asText())
        .isEqualTo("q");
  }

  @Test
  void answersAreReadWithUsageAndReasoning() throws Exception {
    String body =
        "{\"choices\":[{\"message\":{\"content\":\"x"
            + " \\\\boxed{1}\",\"reasoning_content\":\"think\"},\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":9}}";
    Completion c = OpenAiClient.parse(body.getBytes(StandardCharsets.UTF_8), ApiMode.CHAT);
    assertThat(c.text()).isEqualTo("x \\boxed{1}");
    assertThat(c.reasoning()).isEqualTo("think");
    assertThat(c.truncated()).isTrue();
    assertThat(c.promptTokens()).isEqualTo(5);
    assertThat(c.completionTokens()).isEqualTo(9);
    Completion t =
        OpenAiClient.parse(
            "{\"choices\":[{\"text\":\"abc\",\"finish_reason\":\"stop\"}]}"
                .getBytes(StandardCharsets.UTF_8),
            ApiMode.COMPLETIONS);
    assertThat(t.text()).isEqualTo("abc");
    assertThat(t.completionTokens()).isEqualTo(-1);
  }

  @Test
  void unusableAnswersAreRetryableErrors() {
    for (String bad :
        new String[] {
          "{\"choices\": [", "[]", "{\"error\":{\"message\":\"overloaded\"}}", "{\"choices\":[{}]}"
        }) {
      assertThatThrownBy(
              () -> OpenAiClient.parse(bad.getBytes(StandardCharsets.UTF_8), ApiMode.CHAT))
          .isInstanceOfSatisfying(
              ModelCallException.class, e -> assertThat(e.retryable()).isTrue());
    }
  }

  @Test
  void retryAfterIsSecondsOrADate() {
    assertThat(OpenAiClient.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(OpenAiClient.retryAfter("0.5")).isEqualTo(Duration.ofMillis(500));
    assertThat(OpenAiClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(OpenAiClient.retryAfter("soon")).isNull();
    assertThat(ModelCallException.retryableStatus(429)).isTrue();
    assertThat(ModelCallException.retryableStatus(503)).isTrue();
    assertThat(ModelCallException.retryableStatus(400)).isFalse();
  }
}
