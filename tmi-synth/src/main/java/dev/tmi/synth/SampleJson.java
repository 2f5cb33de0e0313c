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
    j.field("id", id).field("task", task).field("class", algorithmClass);
    j.field("split", split).field("set", set);
    j.objectStart("lengths");
    for (Map.Entry<String, Integer> e : lengths.entrySet()) {
      j.field(e.getKey(), e.getValue());
    }
    j.objectEnd();
    j.field("variant", variant).field("seed", seed).field("index", index);
    j.field("query", query).field("cot", cot);
    j.raw("answer", answer).field("boxed", boxed).raw("instance", instance);
    j.end();
  }
}
