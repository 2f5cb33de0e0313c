package dev.tmi.eval.client;

import java.io.IOException;

/**
 * A model that answers prompts: a remote OpenAI-compatible server (vLLM, SGLang, lmdeploy, Ollama,
 * TMI's own {@code tmi serve}) or an in-process model from the lab. The evaluation runner calls it
 * from many threads at once, so implementations must be thread-safe.
 */
public interface ModelClient extends AutoCloseable {

  /**
   * Asks the model one prompt and waits for the whole answer.
   *
   * @throws IOException when the model cannot be reached or answers something unusable; the runner
   *     decides whether to retry
   */
  Completion complete(Prompt prompt) throws IOException, InterruptedException;

  /** A short description for logs and reports, e.g. the base URL and model name. */
  String describe();

  @Override
  default void close() {}
}
