package dev.tmi.eval.client;

import java.util.Objects;

/**
 * What the model is asked.
 *
 * @param system the system message, or {@code null} for none
 * @param user the query
 * @param maxTokens the most tokens the model may generate
 */
public record Prompt(String system, String user, int maxTokens) {
  public Prompt {
    Objects.requireNonNull(user, "user");
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be positive");
    }
  }
}
