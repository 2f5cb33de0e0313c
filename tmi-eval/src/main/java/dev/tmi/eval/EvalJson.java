package dev.tmi.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON mapper of evaluation files: snake_case field names, no nulls. */
public final class EvalJson {
  /** Shared and thread-safe. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EvalJson() {}
}
