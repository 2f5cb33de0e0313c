package dev.tmi.engine.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A solution's final answer.
 *
 * @param json the canonical answer, as the interface fixes it per task
 * @param boxed the text written inside {@code \boxed{...}}
 */
public record Answer(JsonNode json, String boxed) {
  public Answer {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(boxed, "boxed");
  }
}
