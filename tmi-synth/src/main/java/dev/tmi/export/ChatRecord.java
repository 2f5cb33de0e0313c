package dev.tmi.export;

import java.util.List;
import java.util.Map;

/**
 * One exported record read back, whatever its format: the conversation, each message's loss flag
 * (as the training stack would apply it), and the metadata fields.
 *
 * @param messages system (if any), user, assistant
 * @param loss per message, whether it is trained on
 * @param meta {@code id}, {@code task}, {@code split}, {@code variant} when the export has them
 */
public record ChatRecord(List<ChatMessage> messages, List<Boolean> loss, Map<String, String> meta) {
  public ChatRecord {
    messages = List.copyOf(messages);
    loss = List.copyOf(loss);
    meta = Map.copyOf(meta);
    if (loss.size() != messages.size()) {
      throw new IllegalArgumentException("one loss flag per message is needed");
    }
  }

  /** The text of the first message with a role, or {@code null}. */
  public String content(String role) {
    return messages.stream()
        .filter(m -> m.role().equals(role))
        .map(ChatMessage::content)
        .findFirst()
        .orElse(null);
  }

  /** The loss flags as an array, for {@link ChatMl#render(List, boolean[])}. */
  public boolean[] lossArray() {
    boolean[] b = new boolean[loss.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = loss.get(i);
    }
    return b;
  }
}
