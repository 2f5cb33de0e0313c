package dev.tmi.stats;

import dev.tmi.engine.sample.Sample;
import dev.tmi.export.ChatFraming;
import dev.tmi.export.ChatMessage;
import dev.tmi.export.ChatMl;
import java.util.Arrays;
import java.util.List;

/**
 * Measures samples one at a time and keeps the numbers: chain-of-thought characters, response
 * tokens (the assistant turn: chain of thought and boxed answer), prompt tokens (system and user
 * turns as ChatML renders them, with the assistant header) and whole-conversation tokens (the
 * training sequence).
 */
final class SampleMeasure {
  private final TokenCounter counter;
  private final ChatFraming framing;
  private int size;
  private int[] cotChars = new int[1024];
  private int[] response = new int[1024];
  private int[] prompt = new int[1024];
  private int[] chat = new int[1024];

  SampleMeasure(TokenCounter counter, ChatFraming framing) {
    this.counter = counter;
    this.framing = framing;
  }

  void add(Sample s) {
    if (size == cotChars.length) {
      int n = size * 2;
      cotChars = Arrays.copyOf(cotChars, n);
      response = Arrays.copyOf(response, n);
      prompt = Arrays.copyOf(prompt, n);
      chat = Arrays.copyOf(chat, n);
    }
    List<ChatMessage> ms = framing.messages(s);
    String promptText = ChatMl.generationPrompt(ms.subList(0, ms.size() - 1));
    int p = counter.count(promptText);
    // The assistant turn as trained: content, then <|im_end|> and the newline.
    int r = counter.count(ms.get(ms.size() - 1).content());
    cotChars[size] = s.cot().length();
    response[size] = r;
    prompt[size] = p;
    chat[size] = p + r + counter.count(ChatMl.IM_END + "\n");
    size++;
  }

  int size() {
    return size;
  }

  TokenStats.Numbers numbers() {
    return new TokenStats.Numbers(
        size,
        Dist.of(cotChars, size),
        Dist.of(response, size),
        Dist.of(prompt, size),
        Dist.of(chat, size));
  }
}
