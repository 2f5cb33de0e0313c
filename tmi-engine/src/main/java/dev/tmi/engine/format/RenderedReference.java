package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.EventList;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.State;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reference execution rendered line by line, which a model's text is matched against while it is
 * parsed: a model line identical to a reference line reads as that line's events, so only the lines
 * that differ are read. Lines read the same wherever they stand, except a transition, which names
 * the open state and so is taken only where the same state is open.
 *
 * <p>The model's lines are looked up where the reference has them: at the same line number, shifted
 * by what the model left out or added before, which each state header re-aligns.
 */
final class RenderedReference {
  private final Event[] events;
  private final byte[] rendered;
  private final int renderedLength;
  private final int[] lineStarts;
  private final int[] lineOffsets;
  private final int lineCount;

  /** The model's text as bytes, or {@code null} if it is not ASCII (then nothing is matched). */
  private final byte[] text;

  /** Reference line = model line + shift (0-based). */
  private int shift;

  /** The reference lines of each state header, in order, built when first needed. */
  private Map<String, int[]> headers;

  /**
   * @param events the reference's events
   * @param rendered their rendering, as ASCII bytes, up to {@code renderedLength}
   * @param renderedLength the rendering's length
   * @param lineStarts the index of the first event of each rendered line, then the event count
   * @param lineOffsets the byte offset where each rendered line starts
   * @param lineCount the number of rendered lines
   * @param modelText the model's text
   */
  RenderedReference(
      Event[] events,
      byte[] rendered,
      int renderedLength,
      int[] lineStarts,
      int[] lineOffsets,
      int lineCount,
      String modelText) {
    this.events = events;
    this.rendered = rendered;
    this.renderedLength = renderedLength;
    this.lineStarts = lineStarts;
    this.lineOffsets = lineOffsets;
    this.lineCount = lineCount;
    byte[] bytes = modelText.getBytes(StandardCharsets.UTF_8);
    // Byte and char offsets coincide only for ASCII; and a lone surrogate encodes as '?', which the
    // rendering may hold.
    this.text = bytes.length == modelText.length() ? bytes : null;
  }

  /** The index of the first event of each rendered line, then the event count. */
  int[] lineStarts() {
    return lineStarts;
  }

  /** The number of leading model lines identical to the reference's, found in one comparison. */
  int agreedLines() {
    return text == null ? 0 : agreeing(0, 0);
  }

  /**
   * How many whole lines agree, byte for byte, from model text offset {@code pos} and reference
   * line {@code r} on, found in one comparison.
   */
  private int agreeing(int pos, int r) {
    int refPos = lineOffsets[r];
    int m = Arrays.mismatch(text, pos, text.length, rendered, refPos, renderedLength);
    if (m < 0) {
      return lineCount - r;
    }
    // The rendered line holding the first difference; every line before it agrees.
    int at = refPos + m;
    int line = Arrays.binarySearch(lineOffsets, r, lineCount, at);
    line = line >= 0 ? line : -line - 2;
    boolean textLineEnds = pos + m == text.length || text[pos + m] == '\n';
    boolean refLineEnds = at == renderedLength || rendered[at] == '\n';
    return (at > lineOffsets[line] && textLineEnds && refLineEnds ? line + 1 : line) - r;
  }

  /**
   * The lines taken in one piece by {@link #takeRun}.
   *
   * @param lines how many
   * @param end the text offset where the last of them ends (at its line break, or the text's end)
   * @param open the state open after them
   */
  record Run(int lines, int end, String open) {}

  /**
   * After model line {@code lineNo} (1-based) was taken from the reference, takes the model lines
   * from text offset {@code pos} on that are the reference's next lines, byte for byte, all at
   * once: a wrong step is usually followed by many lines that agree again. It requires the model to
   * be in the state the reference has open there, {@code current}; the lines then pass through the
   * same states in both, so each transition among them leaves from the state it names, as {@link
   * #take} checks line by line. Returns {@code null} if no line is taken.
   */
  Run takeRun(int lineNo, int pos, String current, EventList out, LineNumbers lines) {
    if (text == null || pos >= text.length) {
      return null;
    }
    int r = lineNo + shift;
    if (r <= 0 || r >= lineCount || !Objects.equals(openBefore(lineStarts[r]), current)) {
      return null;
    }
    int count = agreeing(pos, r);
    if (count <= 0) {
      return null;
    }
    int last = r + count;
    out.addRange(events, lineStarts[r], lineStarts[last]);
    lines.addLines(lineStarts, r, last, lineNo + 1);
    int refEnd = last < lineCount ? lineOffsets[last] - 1 : renderedLength;
    return new Run(count, pos + refEnd - lineOffsets[r], openBefore(lineStarts[last]));
  }

  /** Where model line {@code line} (0-based) starts, for a line within the agreed lines. */
  int offsetOf(int line) {
    return line < lineCount ? lineOffsets[line] : renderedLength + 1;
  }

  /**
   * Adds the events of the reference's first {@code count} lines, with their line numbers. Returns
   * the state open after them, or {@code null}.
   */
  String takePrefix(int count, EventList out, LineNumbers lines) {
    out.addRange(events, 0, lineStarts[count]);
    lines.addLines(lineStarts, 0, count, 1);
    return openBefore(lineStarts[count]);
  }

  /**
   * If model line {@code lineNo} (1-based), {@code [from, to)} of the text with its spaces, is the
   * reference's line where it should stand and reads the same there, adds its events and returns
   * {@code true}.
   */
  boolean take(int lineNo, int from, int to, String current, EventList out, LineNumbers lines) {
    if (text == null) {
      return false;
    }
    int r = lineNo - 1 + shift;
    if (r < 0 || r >= lineCount) {
      return false;
    }
    int refFrom = lineOffsets[r];
    int refTo = r + 1 < lineCount ? lineOffsets[r + 1] - 1 : renderedLength;
    if (!Arrays.equals(text, from, to, rendered, refFrom, refTo)) {
      return false;
    }
    int first = lineStarts[r];
    int last = lineStarts[r + 1];
    Event e = events[first];
    if ((e instanceof Goto || e instanceof Halt) && !Objects.equals(openBefore(first), current)) {
      return false;
    }
    out.addRange(events, first, last);
    lines.addLines(lineNo, last - first);
    return true;
  }

  /**
   * Re-aligns after model line {@code lineNo} (1-based) was read as the header of {@code label}:
   * the model stands where the reference has that header, at the occurrence nearest to where the
   * model was expected to be (a memoised recursion revisits states).
   */
  void header(int lineNo, String label) {
    if (text == null) {
      return;
    }
    int expected = lineNo - 1 + shift;
    int best = nearestHeader(label, expected);
    if (best < 0) {
      best = nearestHeaderAnywhere(label, expected);
    }
    if (best >= 0) {
      shift = best - (lineNo - 1);
    }
  }

  /** How far either side of where the model is expected {@link #nearestHeader} looks. */
  private static final int NEAR = 64;

  /**
   * The reference line of {@code label}'s header nearest to line {@code expected}, the earlier of
   * two as near, if one lies within {@link #NEAR} lines of it; else -1. A model that left out or
   * repeated a step stands a few lines from where the reference has it, so this usually finds the
   * header without indexing every header of the trace.
   */
  private int nearestHeader(String label, int expected) {
    for (int d = 0; d <= NEAR; d++) {
      if (isHeader(expected - d, label)) {
        return expected - d;
      }
      if (d > 0 && isHeader(expected + d, label)) {
        return expected + d;
      }
    }
    return -1;
  }

  private boolean isHeader(int line, String label) {
    return line >= 0
        && line < lineCount
        && events[lineStarts[line]] instanceof State s
        && s.label().equals(label);
  }

  /**
   * {@link #nearestHeader} over the whole reference, through an index of every header built on
   * first use; -1 if the reference has no such header.
   */
  private int nearestHeaderAnywhere(String label, int expected) {
    if (headers == null) {
      headers = new HashMap<>();
      for (int l = 0; l < lineCount; l++) {
        if (events[lineStarts[l]] instanceof State s) {
          int line = l;
          headers.merge(
              s.label(),
              new int[] {line},
              (a, b) -> {
                int[] both = Arrays.copyOf(a, a.length + 1);
                both[a.length] = line;
                return both;
              });
        }
      }
    }
    int[] at = headers.get(label);
    if (at == null) {
      return -1;
    }
    int best = at[0];
    for (int r : at) {
      if (Math.abs(r - expected) < Math.abs(best - expected)) {
        best = r;
      }
    }
    return best;
  }

  /** The label of the state open before event {@code index}, or {@code null}. */
  private String openBefore(int index) {
    String open = null;
    for (int k = index - 1; k >= 0 && open == null; k--) {
      open = LineFormat.opened(events[k], null);
    }
    return open;
  }
}
