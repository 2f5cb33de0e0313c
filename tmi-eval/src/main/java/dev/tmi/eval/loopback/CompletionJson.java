package dev.tmi.eval.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAI-style response bodies the loopback servers answer with. */
final class CompletionJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private CompletionJson() {}

  /** A chat or text completion of one choice. */
  static ObjectNode completion(boolean chat, String model, Reply.Ok ok) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "cmpl-loopback");
    root.put("object", chat ? "chat.completion" : "text_completion");
    root.put("model", model);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    if (chat) {
      choice.putObject("message").put("role", "assistant").put("content", ok.text());
    } else {
      choice.put("text", ok.text());
    }
    choice.put("finish_reason", ok.finishReason());
    root.putObject("usage")
        .put("prompt_tokens", ok.promptTokens())
        .put("completion_tokens", ok.completionTokens())
        .put("total_tokens", ok.promptTokens() + ok.completionTokens());
    return root;
  }

  /** {@code {"error": {"message": ...}}}. */
  static ObjectNode error(String message) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("error").put("message", message);
    return root;
  }
}
