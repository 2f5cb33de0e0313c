package dev.tmi.eval.run;

import dev.tmi.eval.Evaluation;
import dev.tmi.eval.Fixture;
import dev.tmi.eval.client.ApiMode;
import dev.tmi.eval.client.OpenAiClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** A child JVM that {@link ResumeTest} kills with SIGKILL in the middle of a run. */
public final class KillTarget {
  private KillTarget() {}

  /** Args: DATA OUT BASE_URL. */
  public static void main(String[] args) throws Exception {
    try (OpenAiClient client =
        new OpenAiClient(
            Fixture.client(URI.create(args[2]), ApiMode.CHAT, Duration.ofSeconds(30)))) {
      Evaluation.run(
          Fixture.config(
              Path.of(args[0]),
              Path.of(args[1]),
              "tail",
              client.settings(),
              Fixture.inference(4, 2)),
          client,
          null,
          null,
          new EvalListener() {});
    }
  }
}
