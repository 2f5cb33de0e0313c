package dev.tmi.export;

import dev.tmi.engine.answer.Boxed;
import dev.tmi.engine.sample.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a sample becomes a chat: an optional system prompt, the user turn (the query, through a
 * template) and the assistant turn (the response: chain of thought, then the boxed answer).
 *
 * @param system the system prompt, or {@code null} for none
 * @param think whether the chain of thought is wrapped in {@code <think>...</think>} (left as is
 *     when the data was synthesized with {@code --think})
 * @param userTemplate the user turn; {@code {query}} stands for the sample's query
 */
public record ChatFraming(String system, boolean think, String userTemplate) {
  /**
   * The default system prompt. Every export and every evaluation should send the same one: Qwen's
   * chat template inserts its own default system prompt when a conversation has none, and other
   * stacks insert nothing, so leaving it out makes training and serving disagree silently.
   */
  public static final String DEFAULT_SYSTEM =
      "You are a helpful assistant. Reason step by step, then give the final answer in \\boxed{}.";

  /** The default user template: the query, unchanged. */
  public static final String DEFAULT_USER_TEMPLATE = "{query}";

  private static final String QUERY = "{query}";

  public ChatFraming {
    if (userTemplate == null || !userTemplate.contains(QUERY)) {
      throw new IllegalArgumentException(
          "--user-template must contain {query}, got '" + userTemplate + "'");
    }
    if (system != null && system.isEmpty()) {
      system = null;
    }
  }

  /** The default framing: the default system prompt, no think tags, the query as the user turn. */
  public static ChatFraming defaults() {
    return new ChatFraming(DEFAULT_SYSTEM, false, DEFAULT_USER_TEMPLATE);
  }

  /** The user turn of a sample. */
  public String user(Sample s) {
    return userTemplate.replace(QUERY, s.query());
  }

  /** The assistant turn of a sample: what the model is trained to produce. */
  public String assistant(Sample s) {
    String cot = s.cot();
    if (think && !cot.isEmpty() && !cot.startsWith("<think>")) {
      cot = Sample.think(cot);
    }
    return Sample.response(cot, s.boxed());
  }

  /** The whole chat: system (if any), user, assistant. */
  public List<ChatMessage> messages(Sample s) {
    List<ChatMessage> m = new ArrayList<>(3);
    if (system != null) {
      m.add(new ChatMessage(ChatMessage.SYSTEM, system));
    }
    m.add(new ChatMessage(ChatMessage.USER, user(s)));
    m.add(new ChatMessage(ChatMessage.ASSISTANT, assistant(s)));
    return m;
  }

  /** The query inside a user turn written with this framing, if the turn fits the template. */
  public Optional<String> query(String user) {
    int at = userTemplate.indexOf(QUERY);
    String pre = userTemplate.substring(0, at);
    String post = userTemplate.substring(at + QUERY.length());
    if (user.length() < pre.length() + post.length()
        || !user.startsWith(pre)
        || !user.endsWith(post)) {
      return Optional.empty();
    }
    return Optional.of(user.substring(pre.length(), user.length() - post.length()));
  }

  /**
   * Splits an assistant turn back into chain of thought and boxed text (the inverse of {@link
   * #assistant}, think tags included in the chain of thought).
   */
  public static Optional<String[]> splitResponse(String assistant) {
    Optional<String> boxed = Boxed.last(assistant);
    if (boxed.isEmpty()) {
      return Optional.empty();
    }
    String tail = Boxed.wrap(boxed.get());
    if (!assistant.endsWith(tail)) {
      return Optional.empty();
    }
    String head = assistant.substring(0, assistant.length() - tail.length());
    if (head.isEmpty()) {
      return Optional.of(new String[] {"", boxed.get()});
    }
    if (!head.endsWith("\n")) {
      return Optional.empty();
    }
    return Optional.of(new String[] {head.substring(0, head.length() - 1), boxed.get()});
  }
}
