package dev.tmi.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.eval.EvalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The paper's reference numbers (TAIL.md section 6), shipped as a resource. */
public final class PaperReference {
  private PaperReference() {}

  /** The reference numbers as JSON: {@code addition}, {@code table2}, {@code table2_tasks}. */
  public static JsonNode load() {
    try (InputStream in = PaperReference.class.getResourceAsStream("paper-reference.json")) {
      if (in == null) {
        throw new IllegalStateException("paper-reference.json is missing from the jar");
      }
      return EvalJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
