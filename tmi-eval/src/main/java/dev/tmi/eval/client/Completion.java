package dev.tmi.eval.client;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the generated text
 * @param finishReason why generation stopped: {@code stop}, {@code length} (truncated), or what the
 *     server said
 * @param promptTokens tokens in the prompt, or -1 if unknown
 * @param completionTokens tokens generated, or -1 if unknown
 * @param reasoning reasoning a server returned apart from the text (vLLM's and SGLang's {@code
 *     reasoning_content} when a reasoning parser is on), or {@code null}
 */
public record Completion(
    String text, String finishReason, int promptTokens, int completionTokens, String reasoning) {
  public Completion {
    Objects.requireNonNull(text, "text");
  }

  /** A completion without separate reasoning. */
  public Completion(String text, String finishReason, int promptTokens, int completionTokens) {
    this(text, finishReason, promptTokens, completionTokens, null);
  }

  /** Whether generation hit the token limit. */
  public boolean truncated() {
    return "length".equals(finishReason);
  }
}
