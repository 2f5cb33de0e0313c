package dev.tmi.eval.client;

/** Which OpenAI-compatible endpoint is asked. */
public enum ApiMode {
  /** {@code POST /v1/chat/completions}: the server applies the model's chat template. */
  CHAT("/chat/completions"),
  /** {@code POST /v1/completions}: the prompt is sent as raw text. */
  COMPLETIONS("/completions");

  private final String path;

  ApiMode(String path) {
    this.path = path;
  }

  /** The endpoint path below the base URL (which ends in {@code /v1}). */
  public String path() {
    return path;
  }
}
