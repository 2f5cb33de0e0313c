package dev.tmi.engine.format;

import dev.tmi.engine.machine.RunningMachine;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.trace.Operator;
import java.util.Arrays;
import java.util.List;

/**
 * A machine that writes chains of thought while the algorithm runs, without recording events: the
 * same text as rendering the recorded execution, in one pass. Synthesis of a variant that shows
 * every event needs only the text, and reading events back after the run costs more than making
 * them (each piece of text is then at the end of a chain of dependent loads).
 *
 * <p>One run can write several formats at once, each to its own buffer. Only the line formats
 * ({@link #canWrite}) can be written this way; their line methods take the parts of events, so the
 * text is the same by construction.
 */
public final class Scribe extends RunningMachine {
  private static final int NONE = 0;
  private static final int FETCHES = 1;
  private static final int WRITES = 2;

  private final LineFormat[] formats;
  private final TextBuffer[] outs;
  private int lines;

  // A line of fetches or writes is open: the styled format joins its last item with " and ", so
  // each item is written once the next one (or the end of the line) is known.
  private int run = NONE;
  private int item;
  private String pendingName;
  private String pendingValue;

  /**
   * A scribe writing each format to the buffer at the same position.
   *
   * @throws IllegalArgumentException if a format cannot be written as the algorithm runs, or the
   *     lists differ in length
   */
  public Scribe(List<TraceFormat> formats, List<TextBuffer> outs) {
    if (formats.size() != outs.size()) {
      throw new IllegalArgumentException(
          formats.size() + " formats but " + outs.size() + " buffers");
    }
    this.formats = new LineFormat[formats.size()];
    for (int i = 0; i < this.formats.length; i++) {
      if (!canWrite(formats.get(i))) {
        throw new IllegalArgumentException(
            formats.get(i).getClass().getSimpleName() + " cannot be written as the algorithm runs");
      }
      this.formats[i] = (LineFormat) formats.get(i);
    }
    this.outs = outs.toArray(new TextBuffer[0]);
  }

  /** A scribe writing one format. */
  public Scribe(TraceFormat format, TextBuffer out) {
    this(List.of(format), List.of(out));
  }

  /** Whether a format can be written as the algorithm runs. */
  public static boolean canWrite(TraceFormat format) {
    return format instanceof LineFormat;
  }

  /**
   * Checks that the algorithm halted, so that the text is complete.
   *
   * @throws IllegalStateException if it did not
   */
  public void requireHalted() {
    if (!halted()) {
      throw new IllegalStateException("the algorithm did not halt");
    }
  }

  @Override
  protected void onState(String label, String group, String previous) {
    closeRun();
    if (previous != null) {
      for (int i = 0; i < formats.length; i++) {
        formats[i].renderGoto(previous, label, line(i));
      }
      lines++;
    }
    for (int i = 0; i < formats.length; i++) {
      formats[i].renderState(label, line(i));
    }
    lines++;
  }

  @Override
  protected void onFetch(String name, String value) {
    item(FETCHES, name, value);
  }

  @Override
  protected void onApply(Operator operator, Val[] args, String result) {
    op(operator, Arrays.asList(args), result);
  }

  @Override
  protected void onRelate(Val a, Val b, String relation) {
    op(Operator.REL, List.of(a, b), relation);
  }

  @Override
  protected void onWrite(String name, String value) {
    item(WRITES, name, value);
  }

  @Override
  protected void onHalt(String last) {
    closeRun();
    for (int i = 0; i < formats.length; i++) {
      formats[i].renderHalt(last, line(i));
    }
    lines++;
  }

  private void op(Operator operator, List<Val> args, String result) {
    closeRun();
    for (int i = 0; i < formats.length; i++) {
      formats[i].renderOp(operator, args, result, line(i));
    }
    lines++;
  }

  private void item(int kind, String name, String value) {
    if (run == kind) {
      for (int i = 0; i < formats.length; i++) {
        formats[i].runItem(kind == WRITES, item, false, pendingName, pendingValue, outs[i]);
      }
      item++;
    } else {
      closeRun();
      for (int i = 0; i < formats.length; i++) {
        formats[i].runStart(kind == WRITES, line(i));
      }
      lines++;
      run = kind;
      item = 0;
    }
    pendingName = name;
    pendingValue = value;
  }

  private void closeRun() {
    if (run == NONE) {
      return;
    }
    boolean writes = run == WRITES;
    for (int i = 0; i < formats.length; i++) {
      formats[i].runItem(writes, item, true, pendingName, pendingValue, outs[i]);
      formats[i].runEnd(writes, outs[i]);
    }
    run = NONE;
  }

  /** Buffer {@code i}, after the line break that starts a new line (none before the first). */
  private TextBuffer line(int i) {
    TextBuffer out = outs[i];
    if (lines > 0) {
      out.newline();
    }
    return out;
  }
}
