package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.EventList;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operand;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.nio.charset.StandardCharsets;
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

  // The line methods take the parts of events, not events, so that a scribe can write the text
  // while the algorithm runs, without making them: one definition of each line serves both.

  abstract void renderState(String label, TextBuffer out);

  /** Starts a line of consecutive fetches, or of writes. */
  abstract void runStart(boolean writes, TextBuffer out);

  /** Item {@code k} of a line of fetches or writes; {@code last} says whether it ends the line. */
  abstract void runItem(
      boolean writes, int k, boolean last, String name, String value, TextBuffer out);

  /** Ends a line of fetches or writes. */
  abstract void runEnd(boolean writes, TextBuffer out);

  /** An operation; with {@code names}, operands read from memory are written by cell name. */
  abstract void renderOp(
      Operator operator, Operand[] args, boolean names, String result, TextBuffer out);

  abstract void renderGoto(String from, String to, TextBuffer out);

  abstract void renderHalt(String from, TextBuffer out);

  /** Reads one non-blank, trimmed line; {@code current} is the label of the open state. */
  abstract LineResult parseLine(String line, String current);

  @Override
  public final void render(List<Event> events, TextBuffer out) {
    // One copy into an array: the lists arrive in several implementations (the recorder's, the
    // stages', views), and a loop over the List interface would call through all of them.
    render(events.toArray(EMPTY), out, null, null);
  }

  /**
   * Renders the events. Unless they are {@code null} (each must then hold {@code events.size() + 1}
   * entries), stores for each line the index of its first event in {@code lineStarts} (and the
   * number of events after the last line) and the byte offset where it starts in {@code
   * lineOffsets}. Returns the number of lines.
   */
  private int render(Event[] events, TextBuffer out, int[] lineStarts, int[] lineOffsets) {
    String current = "?";
    int n = events.length;
    int i = 0;
    int line = 0;
    while (i < n) {
      if (line > 0) {
        out.newline();
      }
      if (lineStarts != null) {
        lineStarts[line] = i;
        lineOffsets[line] = out.length();
      }
      line++;
      Event e = events[i];
      int j = lineEnd(events, i);
      if (e instanceof State s) {
        current = s.label();
        renderState(current, out);
      } else if (e instanceof Fetch) {
        runStart(false, out);
        for (int k = i; k < j; k++) {
          Fetch f = (Fetch) events[k];
          runItem(false, k - i, k == j - 1, f.name(), f.value(), out);
        }
        runEnd(false, out);
      } else if (e instanceof Write) {
        runStart(true, out);
        for (int k = i; k < j; k++) {
          Write w = (Write) events[k];
          runItem(true, k - i, k == j - 1, w.name(), w.value(), out);
        }
        runEnd(true, out);
      } else if (e instanceof Op op) {
        renderOp(op.operator(), op.args().toArray(Operand[]::new), false, op.result(), out);
      } else if (e instanceof Goto g) {
        renderGoto(current, g.label(), out);
      } else {
        renderHalt(current, out);
      }
      i = j;
    }
    if (lineStarts != null) {
      lineStarts[line] = n;
    }
    return line;
  }

  /**
   * Where the line that starts with event {@code i} ends: a run of fetches, or of writes, is one
   * line; every other event is a line of its own.
   */
  private static int lineEnd(Event[] events, int i) {
    Event e = events[i];
    int j = i + 1;
    if (e instanceof Fetch) {
      while (j < events.length && events[j] instanceof Fetch) {
        j++;
      }
    } else if (e instanceof Write) {
      while (j < events.length && events[j] instanceof Write) {
        j++;
      }
    }
    return j;
  }

  /**
   * Reads the commonest lines, {@code text[from, to)} (non-blank and trimmed), straight into {@code
   * out} without cutting the line out first; returns {@code false}, with {@code out} as it was, to
   * leave the line to {@link #parseLine}. It must read a line exactly as {@code parseLine} would.
   * {@code arrow} says whether the line holds {@code " -> "}.
   */
  boolean parseFast(String text, int from, int to, boolean arrow, String current, List<Event> out) {
    return false;
  }

  private static final String ARROW = " -> ";

  private static final Event[] EMPTY = new Event[0];

  /** No further {@link #ARROW} in the text. */
  private static final int NONE = Integer.MAX_VALUE - 8;

  @Override
  public final ParsedTrace parse(String text) {
    // About one event per ten characters: sized once instead of grown a dozen times.
    int expected = Math.max(16, text.length() / 10);
    return parseFrom(
        text,
        0,
        0,
        null,
        new EventList(expected),
        new LineNumbers(expected),
        new ArrayList<>(2),
        null);
  }

  /**
   * Reads the lines the text shares with the reference's rendering from the reference itself: the
   * reference is rendered (several times cheaper than reading the same text back), the leading
   * lines identical to the rendering are found in one comparison, and from the first line that
   * differs on, each line identical to the reference's line where it should stand is taken as that
   * line's events; only the other lines are read.
   */
  @Override
  public final ParsedTrace parse(String text, List<Event> reference) {
    return parseRendering(text, reference.toArray(EMPTY));
  }

  /** {@link #parse(String, List)} with the reference as an array; it renders the reference. */
  private ParsedTrace parseRendering(String text, Event[] reference) {
    int n = reference.length;
    if (n == 0) {
      return parse(text);
    }
    int[] lineStarts = new int[n + 1];
    int[] lineOffsets = new int[n + 1];
    // Sized for a text like the model's, but never beyond what the events can take (a runaway
    // output must not size the reference's buffer).
    TextBuffer rendered = TextBuffer.plain(Math.max(256, Math.min(text.length() + 16, n * 16)));
    int lineCount = render(reference, rendered, lineStarts, lineOffsets);
    return parseAgainst(
        text,
        new RenderedReference(
            reference,
            rendered.array(),
            rendered.length(),
            lineStarts,
            lineOffsets,
            lineCount,
            text));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rendering's lines are matched with the reference's events line by line; if they do not
   * line up (the rendering is not ASCII, or has another number of lines than the events make), the
   * reference is rendered instead.
   */
  @Override
  public final ParsedTrace parse(String text, Event[] reference, String rendering) {
    int n = reference.length;
    if (n == 0 || rendering == null) {
      return parseRendering(text, reference);
    }
    byte[] bytes = rendering.getBytes(StandardCharsets.UTF_8);
    if (bytes.length != rendering.length()) {
      return parseRendering(text, reference);
    }
    int[] lineStarts = new int[n + 1];
    int lineCount = 0;
    for (int i = 0; i < n; i = lineEnd(reference, i)) {
      lineStarts[lineCount++] = i;
    }
    lineStarts[lineCount] = n;
    int[] lineOffsets = new int[lineCount + 1];
    int lines = 1;
    for (int k = 0; k < bytes.length; k++) {
      if (bytes[k] == '\n') {
        if (lines == lineCount) {
          return parseRendering(text, reference);
        }
        lineOffsets[lines++] = k + 1;
      }
    }
    if (lines != lineCount) {
      return parseRendering(text, reference);
    }
    return parseAgainst(
        text,
        new RenderedReference(
            reference, bytes, bytes.length, lineStarts, lineOffsets, lineCount, text));
  }

  private ParsedTrace parseAgainst(String text, RenderedReference ref) {
    int[] lineStarts = ref.lineStarts();
    int agreed = ref.agreedLines();
    int expected = Math.max(16, Math.max(lineStarts[agreed] + 16, text.length() / 10));
    EventList events = new EventList(expected);
    LineNumbers lines = new LineNumbers(expected);
    String current = ref.takePrefix(agreed, events, lines);
    return parseFrom(
        text, ref.offsetOf(agreed), agreed, current, events, lines, new ArrayList<>(2), ref);
  }

  /**
   * Reads the text from {@code pos}, the start of line {@code lineNo + 1}, after {@code events}
   * (with their {@code lines}) were read up to there and left state {@code current} open; lines
   * that {@code ref} (if not {@code null}) has are taken from it.
   */
  private ParsedTrace parseFrom(
      String text,
      int pos,
      int lineNo,
      String current,
      EventList events,
      LineNumbers lines,
      List<ParseError> errors,
      RenderedReference ref) {
    int len = text.length();
    // Where the next " -> " starts: found once for all the lines before it, instead of scanning
    // every line for it.
    int arrowAt = -1;
    while (pos <= len) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? len : nl;
      lineNo++;
      int from = pos;
      int to = end;
      pos = end + 1;
      int before = events.size();
      if (ref != null && ref.take(lineNo, from, to, current, events, lines)) {
        for (int k = before; k < events.size(); k++) {
          current = opened(events.get(k), current);
        }
        RenderedReference.Run run =
            nl < 0 ? null : ref.takeRun(lineNo, pos, current, events, lines);
        if (run != null) {
          lineNo += run.lines();
          current = run.open();
          nl = run.end() < len ? run.end() : -1;
          pos = run.end() + 1;
        }
      } else {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
        if (to > from) {
          if (arrowAt != NONE && arrowAt < from) {
            arrowAt = text.indexOf(ARROW, from);
            arrowAt = arrowAt < 0 ? NONE : arrowAt;
          }
          boolean arrow = arrowAt + ARROW.length() <= to;
          if (parseFast(text, from, to, arrow, current, events)) {
            for (int k = before; k < events.size(); k++) {
              current = opened(events.get(k), current);
              lines.addLine(lineNo);
            }
          } else {
            current = parseSlow(text.substring(from, to), lineNo, current, events, lines, errors);
          }
          if (ref != null && events.size() > before && events.get(before) instanceof State s) {
            ref.header(lineNo, s.label());
          }
        }
      }
      if (nl < 0) {
        break;
      }
    }
    return new ParsedTrace(events, lines, errors);
  }

  /** Reads one line with {@link #parseLine}; returns the state open after it. */
  private String parseSlow(
      String line,
      int lineNo,
      String current,
      List<Event> events,
      LineNumbers lines,
      List<ParseError> errors) {
    LineResult r;
    try {
      r = parseLine(line, current);
    } catch (RuntimeException e) {
      r = LineResult.error("unreadable line: " + e.getMessage());
    }
    if (r.error() != null) {
      errors.add(ParseError.of(lineNo, events.size(), line, r.error()));
      return current;
    }
    for (Event e : r.events()) {
      current = opened(e, current);
      events.add(e);
      lines.addLine(lineNo);
    }
    return current;
  }

  /** The state open after event {@code e}. */
  static String opened(Event e, String current) {
    if (e instanceof State s) {
      return s.label();
    }
    return e instanceof Goto g ? g.label() : current;
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
