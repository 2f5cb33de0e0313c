package dev.tmi.lab.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import dev.tmi.lab.CopyTask;
import dev.tmi.lab.LabModel;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.lab.train.TrainJob;
import dev.tmi.lab.train.TrainListener;
import dev.tmi.lab.train.Trainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server answers the official OpenAI Java SDK as the model answers in process. */
class OpenAiServerTest {
  @TempDir static Path dir;
  static LabModel model;
  static OpenAiServer server;
  static OpenAIClient client;

  @BeforeAll
  static void start() throws Exception {
    List<String> prompts = CopyTask.prompts(1, 200, 3, 6);
    ModelConfig mc =
        new ModelConfig(CopyTask.TOKENIZER.size(), 1, 32, 2, 2, 64, PositionEncoding.ROPE);
    Trainer.run(
        new TrainJob(
            CopyTask.sequences(prompts),
            CopyTask.lossStarts(prompts),
            CopyTask.TOKENIZER,
            mc,
            new TrainConfig(5, 512, 1e-3f, 1, 0f, 1f, 1, 0, 0),
            dir,
            "copy",
            "copy",
            Map.of()),
        TrainListener.NONE);
    model = LabModel.load(dir);
    server = new OpenAiServer(model, "tiny", new ServerConfig("127.0.0.1", 0, 2, 2048, 40, 10_000));
    client =
        OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("none").maxRetries(0).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    model.close();
  }

  @Test
  void completionsMatchTheInProcessModel() {
    String expected = model.complete(List.of("abc"), 12).get(0).text();
    Completion c =
        client
            .completions()
            .create(
                CompletionCreateParams.builder().model("tiny").prompt("abc").maxTokens(12).build());
    assertThat(c.choices()).hasSize(1);
    assertThat(c.choices().get(0).text()).isEqualTo(expected);
    assertThat(c.model()).isEqualTo("tiny");
    assertThat(c.usage().orElseThrow().promptTokens()).isEqualTo(5);
  }

  @Test
  void chatCompletionsAndStreamingMatchTheInProcessModel() {
    String expected = model.complete(List.of("fed"), 20).get(0).text();
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model("tiny")
            .addUserMessage("fed")
            .maxCompletionTokens(20)
            .build();
    ChatCompletion cc = client.chat().completions().create(params);
    assertThat(cc.choices().get(0).message().content()).contains(expected);
    StringBuilder streamed = new StringBuilder();
    int chunks = 0;
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().completions().createStreaming(params)) {
      for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) s.stream()::iterator) {
        chunks++;
        chunk.choices().forEach(ch -> ch.delta().content().ifPresent(streamed::append));
      }
    }
    assertThat(streamed.toString()).isEqualTo(expected);
    assertThat(chunks).isGreaterThan(1);
  }

  @Test
  void malformedRequestsGetClientErrors() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = server.baseUrl();
    assertThat(post(http, base + "/completions", "{not json")).isEqualTo(400);
    assertThat(post(http, base + "/completions", "[1,2]")).isEqualTo(400);
    assertThat(post(http, base + "/completions", "{\"prompt\": 7}")).isEqualTo(400);
    assertThat(post(http, base + "/completions", "{\"prompt\": \"abc\", \"max_tokens\": 0}"))
        .isEqualTo(400);
    assertThat(post(http, base + "/completions", "{\"prompt\": \"abc\", \"max_tokens\": 99}"))
        .isEqualTo(400);
    assertThat(post(http, base + "/completions", "{\"prompt\": \"xyz!\"}")).isEqualTo(400);
    assertThat(post(http, base + "/chat/completions", "{\"messages\": []}")).isEqualTo(400);
    assertThat(
            post(
                http,
                base + "/chat/completions",
                "{\"messages\": [{\"role\": \"system\", \"content\": \"hi\"}]}"))
        .isEqualTo(400);
    assertThat(post(http, base + "/completions", "{\"prompt\": \"" + "a".repeat(5000) + "\"}"))
        .isEqualTo(413);
    assertThat(post(http, base + "/nowhere", "{}")).isEqualTo(404);
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/completions")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.body()).contains("\"error\"");
    HttpResponse<String> models =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/models")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(models.statusCode()).isEqualTo(200);
    assertThat(models.body()).contains("\"tiny\"");
  }

  private static int post(HttpClient http, String url, String body) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
