package dev.tmi.eval.run;

import java.util.List;

/**
 * One line of {@code responses.jsonl}: a model's raw answer to one sample, written before any
 * scoring so that re-scoring never asks the model again.
 *
 * @param id the sample id
 * @param task the task id
 * @param split S, M or L
 * @param variant the variant id
 * @param prompt the user message (or completions prompt) sent
 * @param text the generated text
 * @param reasoning reasoning the server returned apart, or {@code null}
 * @param finishReason what the server said ({@code stop}, {@code length}, ...), or {@code context}
 *     when the prompt did not fit the declared context size and nothing was asked
 * @param promptTokens prompt tokens the server counted, -1 if unknown
 * @param completionTokens generated tokens the server counted, -1 if unknown
 * @param maxTokens the generation limit sent
 * @param latencyMs the successful attempt's latency
 * @param attempts how many attempts it took
 * @param errors what went wrong in the earlier attempts, in order
 */
public record ResponseRecord(
    String id,
    String task,
    String split,
    String variant,
    String prompt,
    String text,
    String reasoning,
    String finishReason,
    int promptTokens,
    int completionTokens,
    int maxTokens,
    long latencyMs,
    int attempts,
    List<String> errors) {
  public ResponseRecord {
    errors = errors == null ? List.of() : List.copyOf(errors);
    text = text == null ? "" : text;
  }

  /** Whether generation hit the token limit. */
  public boolean truncated() {
    return "length".equals(finishReason);
  }
}
