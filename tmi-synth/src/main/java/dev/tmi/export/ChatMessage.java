package dev.tmi.export;

import java.util.Objects;

/**
 * One chat turn.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param content the text
 */
public record ChatMessage(String role, String content) {
  /** The system role. */
  public static final String SYSTEM = "system";

  /** The user role. */
  public static final String USER = "user";

  /** The assistant role. */
  public static final String ASSISTANT = "assistant";

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  /** Whether a model is trained on this turn: only the assistant's answer carries loss. */
  public boolean loss() {
    return role.equals(ASSISTANT);
  }
}
