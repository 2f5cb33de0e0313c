package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import java.util.Collections;
import java.util.List;

/**
 * What a format read from a chain of thought.
 *
 * @param events the events read, in order; the parsed trace takes ownership of the list, which the
 *     caller must not change afterwards (a parser hands over a list it no longer touches, which
 *     saves copying hundreds of events per output)
 * @param lines for each event, the 1-based line it came from
 * @param errors the lines that could not be read
 */
public record ParsedTrace(List<Event> events, List<Integer> lines, List<ParseError> errors) {
  public ParsedTrace {
    events = Collections.unmodifiableList(events);
    lines = lines instanceof LineNumbers ? lines : List.copyOf(lines);
    errors = List.copyOf(errors);
  }

  /** The 1-based line event {@code index} came from. */
  public int line(int index) {
    return lines instanceof LineNumbers n ? n.getInt(index) : lines.get(index);
  }

  /** Whether every line was read. */
  public boolean clean() {
    return errors.isEmpty();
  }
}
