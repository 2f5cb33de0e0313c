package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.List;

/**
 * A format with one line per state header, operation and transition, and one line per run of
 * consecutive fetches or writes. Subclasses say how each line reads.
 */
abstract class LineFormat implements TraceFormat {

  /** The result of reading one line: its events, or an error message. */
  record LineResult(List<Event> events, String error) {
    static LineResult of(Event e) {
      return new LineResult(List.of(e), null);
    }

    static LineResult error(String message) {
      return new LineResult(null, message);
    }
  }

  abstract void renderState(String label, StringBuilder out);

  abstract void renderFetches(List<Event> events, int from, int to, StringBuilder out);

  abstract void renderOp(Op op, StringBuilder out);

  abstract void renderWrites(List<Event> events, int from, int to, StringBuilder out);

  abstract void renderGoto(String from, String to, StringBuilder out);

  abstract void renderHalt(String from, StringBuilder out);

  /** Reads one non-blank, trimmed line; {@code current} is the label of the open state. */
  abstract LineResult parseLine(String line, String current);

  @Override
  public final void render(List<Event> events, StringBuilder out) {
    String current = "?";
    int n = events.size();
    int i = 0;
    boolean firstLine = true;
    while (i < n) {
      if (!firstLine) {
        out.append('\n');
      }
      firstLine = false;
      Event e = events.get(i);
      if (e instanceof State s) {
        current = s.label();
        renderState(current, out);
        i++;
      } else if (e instanceof Fetch) {
        int j = i + 1;
        while (j < n && events.get(j) instanceof Fetch) {
          j++;
        }
        renderFetches(events, i, j, out);
        i = j;
      } else if (e instanceof Write) {
        int j = i + 1;
        while (j < n && events.get(j) instanceof Write) {
          j++;
        }
        renderWrites(events, i, j, out);
        i = j;
      } else if (e instanceof Op op) {
        renderOp(op, out);
        i++;
      } else if (e instanceof Goto g) {
        renderGoto(current, g.label(), out);
        i++;
      } else {
        renderHalt(current, out);
        i++;
      }
    }
  }

  @Override
  public final ParsedTrace parse(String text) {
    // About one event per ten characters: sized once instead of grown a dozen times.
    int expected = Math.max(16, text.length() / 10);
    List<Event> events = new ArrayList<>(expected);
    List<Integer> lines = new ArrayList<>(expected);
    List<ParseError> errors = new ArrayList<>(2);
    String current = null;
    int lineNo = 0;
    int pos = 0;
    int len = text.length();
    while (pos <= len) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? len : nl;
      lineNo++;
      int from = pos;
      int to = end;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      pos = end + 1;
      if (to > from) {
        String line = text.substring(from, to);
        LineResult r;
        try {
          r = parseLine(line, current);
        } catch (RuntimeException e) {
          r = LineResult.error("unreadable line: " + e.getMessage());
        }
        if (r.error() != null) {
          errors.add(ParseError.of(lineNo, events.size(), line, r.error()));
        } else {
          for (Event e : r.events()) {
            if (e instanceof State s) {
              current = s.label();
            } else if (e instanceof Goto g) {
              current = g.label();
            }
            events.add(e);
            lines.add(lineNo);
          }
        }
      }
      if (nl < 0) {
        break;
      }
    }
    return new ParsedTrace(events, lines, errors);
  }

  static <T> List<Event> toEvents(List<T> items, java.util.function.Function<T, Event> f) {
    List<Event> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }

  static Halt halt() {
    return Halt.INSTANCE;
  }
}
