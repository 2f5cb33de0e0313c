package dev.tmi.engine.verify;

import dev.tmi.engine.answer.Boxed;
import java.util.Optional;

/**
 * A model's raw output, split into the chain of thought and the boxed answer.
 *
 * @param cot the reasoning: everything before the last {@code \boxed{}}, without {@code <think>}
 *     tags
 * @param boxed the content of the last {@code \boxed{}}, if any
 */
public record ModelOutput(String cot, Optional<String> boxed) {

  /** Splits a raw output. */
  public static ModelOutput of(String raw) {
    String text = raw.replace("\r\n", "\n");
    Optional<String> boxed = Boxed.last(text);
    String cot = text;
    int at = Boxed.lastOpen(text);
    if (boxed.isPresent() && at >= 0) {
      cot = text.substring(0, at);
    }
    cot = cot.replace("<think>", "").replace("</think>", "").strip();
    return new ModelOutput(cot, boxed);
  }
}
