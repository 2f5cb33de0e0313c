package dev.tmi.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A minimal ChatML renderer (the chat template of Qwen2.5 and Qwen3, which LLaMA-Factory's {@code
 * qwen} template and XTuner's {@code qwen_chat} template reproduce), with a loss mask per
 * character. It shows what a trainer sees: the prompt (system, user, and the {@code
 * <|im_start|>assistant} header) carries no loss; the assistant's content and its closing {@code
 * <|im_end|>} carry loss when the message's loss flag is set, so the model learns to stop.
 */
public final class ChatMl {
  /** Opens a turn; one special token in Qwen's vocabulary. */
  public static final String IM_START = "<|im_start|>";

  /** Closes a turn; one special token in Qwen's vocabulary. */
  public static final String IM_END = "<|im_end|>";

  private ChatMl() {}

  /**
   * A piece of the rendered text.
   *
   * @param start first character
   * @param end one past the last character
   * @param loss whether a trainer computes loss on it
   */
  public record Span(int start, int end, boolean loss) {}

  /**
   * A rendered conversation.
   *
   * @param text the whole text
   * @param spans consecutive pieces covering the text
   */
  public record Rendered(String text, List<Span> spans) {
    /** Which characters carry loss. */
    public BitSet lossMask() {
      BitSet b = new BitSet(text.length());
      for (Span s : spans) {
        if (s.loss()) {
          b.set(s.start(), s.end());
        }
      }
      return b;
    }

    /** The text that carries loss, in order. */
    public String lossText() {
      StringBuilder sb = new StringBuilder();
      for (Span s : spans) {
        if (s.loss()) {
          sb.append(text, s.start(), s.end());
        }
      }
      return sb.toString();
    }
  }

  /** Renders messages with the role's default loss flag (assistant only). */
  public static Rendered render(List<ChatMessage> messages) {
    boolean[] loss = new boolean[messages.size()];
    for (int i = 0; i < loss.length; i++) {
      loss[i] = messages.get(i).loss();
    }
    return render(messages, loss);
  }

  /**
   * Renders messages for training.
   *
   * @param loss per message, whether it is trained on (only meaningful for assistant turns; a flag
   *     on a system or user turn is ignored, as XTuner and LLaMA-Factory do)
   */
  public static Rendered render(List<ChatMessage> messages, boolean[] loss) {
    if (loss.length != messages.size()) {
      throw new IllegalArgumentException("one loss flag per message is needed");
    }
    StringBuilder sb = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      switch (m.role()) {
        case ChatMessage.SYSTEM, ChatMessage.USER -> {
          append(sb, spans, IM_START + m.role() + "\n" + m.content() + IM_END + "\n", false);
        }
        case ChatMessage.ASSISTANT -> {
          append(sb, spans, IM_START + ChatMessage.ASSISTANT + "\n", false);
          append(sb, spans, m.content() + IM_END, loss[i]);
          append(sb, spans, "\n", false);
        }
        default -> throw new IllegalArgumentException("unknown chat role '" + m.role() + "'");
      }
    }
    return new Rendered(sb.toString(), List.copyOf(spans));
  }

  /** The prompt a server renders before generating: the messages, then the assistant header. */
  public static String generationPrompt(List<ChatMessage> prompt) {
    return render(prompt).text() + IM_START + ChatMessage.ASSISTANT + "\n";
  }

  private static void append(StringBuilder sb, List<Span> spans, String text, boolean loss) {
    int start = sb.length();
    sb.append(text);
    spans.add(new Span(start, sb.length(), loss));
  }
}
