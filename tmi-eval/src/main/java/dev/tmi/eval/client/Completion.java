package dev.tmi.eval.client;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the generated text
 * @param finishReason why generation stopped: {@code stop}, {@code length} (truncated), or what
 *     the server said
 * @param promptTokens tokens in the prompt, or -1 if unknown
 * @param completionTokens tokens generated, or -1 if unknown
 */
public record Completion(String text, String finishReason, int promptTokens, int completionTokens) {
  public Completion {
    Objects.requireNonNull(text, "text");
  }

  /** Whether generation hit the token limit. */
  public boolean truncated() {
    return "length".equals(finishReason);
  }
}
