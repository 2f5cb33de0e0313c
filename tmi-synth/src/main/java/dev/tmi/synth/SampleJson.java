package dev.tmi.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.sample.Sample;
import java.util.Map;

/**
 * Writes samples as JSON lines in the field order of {@link Sample}, which Jackson reads back into
 * a {@link Sample}. Instance and answer are serialized by Jackson once per sample and shared by
 * every variant's line.
 */
public final class SampleJson {
  /** The shared mapper for samples, instances and answers. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  // The fields' keys, encoded once.
  private static final JsonLine.Key ID = JsonLine.key("id");
  private static final JsonLine.Key TASK = JsonLine.key("task");
  private static final JsonLine.Key CLASS = JsonLine.key("class");
  private static final JsonLine.Key SPLIT = JsonLine.key("split");
  private static final JsonLine.Key SET = JsonLine.key("set");
  private static final JsonLine.Key LENGTHS = JsonLine.key("lengths");
  private static final JsonLine.Key VARIANT = JsonLine.key("variant");
  private static final JsonLine.Key SEED = JsonLine.key("seed");
  private static final JsonLine.Key INDEX = JsonLine.key("index");
  private static final JsonLine.Key QUERY = JsonLine.key("query");
  private static final JsonLine.Key COT = JsonLine.key("cot");
  private static final JsonLine.Key ANSWER = JsonLine.key("answer");
  private static final JsonLine.Key BOXED = JsonLine.key("boxed");
  private static final JsonLine.Key INSTANCE = JsonLine.key("instance");

  private SampleJson() {}

  /** JSON bytes of a value, for the raw fields. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value, e);
    }
  }

  /** Writes one sample and a newline; {@code scratch} is a JSON text buffer reused across calls. */
  static void write(
      Bytes out,
      TextBuffer scratch,
      String id,
      String task,
      String algorithmClass,
      String split,
      String set,
      Map<String, Integer> lengths,
      String variant,
      long seed,
      long index,
      String query,
      TextBuffer cot,
      byte[] answer,
      String boxed,
      byte[] instance) {
    JsonLine j = new JsonLine(out, scratch).begin();
    j.field(ID, id).field(TASK, task).field(CLASS, algorithmClass);
    j.field(SPLIT, split).field(SET, set);
    j.objectStart(LENGTHS);
    for (Map.Entry<String, Integer> e : lengths.entrySet()) {
      j.field(e.getKey(), e.getValue());
    }
    j.objectEnd();
    j.field(VARIANT, variant).field(SEED, seed).field(INDEX, index);
    j.field(QUERY, query).field(COT, cot);
    j.raw(ANSWER, answer).field(BOXED, boxed).raw(INSTANCE, instance);
    j.end();
  }
}
