package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import java.util.List;

/**
 * What a format read from a chain of thought.
 *
 * @param events the events read, in order
 * @param lines for each event, the 1-based line it came from
 * @param errors the lines that could not be read
 */
public record ParsedTrace(List<Event> events, List<Integer> lines, List<ParseError> errors) {
  public ParsedTrace {
    events = List.copyOf(events);
    lines = List.copyOf(lines);
    errors = List.copyOf(errors);
  }

  /** Whether every line was read. */
  public boolean clean() {
    return errors.isEmpty();
  }
}
