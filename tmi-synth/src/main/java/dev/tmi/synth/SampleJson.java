package dev.tmi.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Jackson for the values a sample's line holds as they are (instance and answer, see {@link
 * ValueJson}) and for reading lines back; {@link SampleLines} writes the lines.
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
}
