package dev.tmi.engine.sample;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.answer.Boxed;
import java.util.Map;

/**
 * One training or evaluation example, with the fields of TMI's stable sample format.
 *
 * @param id unique within a data set, e.g. {@code addition/train/000042}
 * @param task the task id
 * @param algorithmClass the algorithm class id
 * @param split the length split the instance was drawn from (S, M or L)
 * @param set {@code train} or {@code eval}
 * @param lengths the length parameters
 * @param variant the variant id
 * @param seed the run seed
 * @param index the index within its stream
 * @param query what the model is asked
 * @param cot the chain of thought, {@code ""} for answer-only variants
 * @param answer the canonical answer
 * @param boxed the text the variant puts in {@code \boxed{}}
 * @param instance the structured instance
 */
@JsonPropertyOrder({
  "id",
  "task",
  "class",
  "split",
  "set",
  "lengths",
  "variant",
  "seed",
  "index",
  "query",
  "cot",
  "answer",
  "boxed",
  "instance"
})
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sample(
    String id,
    String task,
    @JsonProperty("class") String algorithmClass,
    String split,
    String set,
    Map<String, Integer> lengths,
    String variant,
    long seed,
    long index,
    String query,
    String cot,
    JsonNode answer,
    String boxed,
    JsonNode instance) {

  /** The full text a model is trained to produce: the chain of thought, then the boxed answer. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String response() {
    return response(cot, boxed);
  }

  /** The response for a chain of thought and a boxed text. */
  public static String response(String cot, String boxed) {
    return cot.isEmpty() ? Boxed.wrap(boxed) : cot + "\n" + Boxed.wrap(boxed);
  }

  /** Wraps reasoning in {@code <think>} tags, as reasoning models expect. */
  public static String think(String cot) {
    return "<think>\n" + cot + "\n</think>";
  }
}
