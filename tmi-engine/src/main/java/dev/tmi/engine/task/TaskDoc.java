package dev.tmi.engine.task;

import java.util.List;
import java.util.Map;

/**
 * The human documentation of a task, rendered into {@code docs/tasks/<task>.md}.
 *
 * @param decisions the choices made where the paper is silent, in Markdown
 * @param fields each instance field and how it is drawn
 * @param answer what the answer is and how it is boxed
 * @param algorithm how the trace walks the algorithm: states, fetches, operations, writes
 * @param notes anything else worth knowing, possibly empty
 */
public record TaskDoc(
    String decisions,
    Map<String, String> fields,
    String answer,
    String algorithm,
    List<String> notes) {
  public TaskDoc {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    notes = List.copyOf(notes);
  }
}
