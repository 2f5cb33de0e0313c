package dev.tmi.engine.format;

import dev.tmi.engine.machine.RunningMachine;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.trace.Operator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A machine that writes chains of thought while the algorithm runs, without recording events: the
 * same text as rendering the recorded execution, in one pass. Synthesis needs only the text, and
 * reading events back after the run costs more than making them (each piece of text is then at the
 * end of a chain of dependent loads).
 *
 * <p>One run writes several {@link Page}s at once, each a line format ({@link #canWrite}) in its
 * own buffer, showing what its {@link View} says. The line formats' line methods take the parts of
 * events, so the text is the event renderer's by construction.
 */
public final class Scribe extends RunningMachine {
  private final PageWriter[] pages;

  /**
   * What a chain of thought shows of the execution, as far as a scribe can leave things out while
   * the algorithm runs.
   *
   * @param fetches whether fetches are restated
   * @param names whether an operand read from memory is written by its cell's name instead of its
   *     value
   * @param transitions whether the transitions ({@code current -> next}, {@code -> F}) are written
   * @param idleStates whether a state that writes nothing is written
   * @param mergedGroups whether the consecutive states of one group are written as one step that
   *     restates what the group reads from outside itself and writes the final value of each cell
   *     it writes (the Atomic State ablation)
   */
  public record View(
      boolean fetches,
      boolean names,
      boolean transitions,
      boolean idleStates,
      boolean mergedGroups) {
    /** Every event, operands by value, as the TAIL-CoT shows it. */
    public static final View EVERYTHING = new View(true, false, true, true, false);

    /** This view without fetches, operands named by cell (the Memory Fetcher ablation). */
    public View withoutFetches() {
      return new View(false, true, transitions, idleStates, mergedGroups);
    }

    /** This view with operands written by value. */
    public View withValues() {
      return new View(fetches, false, transitions, idleStates, mergedGroups);
    }

    /** This view without transitions. */
    public View withoutTransitions() {
      return new View(fetches, names, false, idleStates, mergedGroups);
    }

    /** This view without the states that write nothing. */
    public View withoutIdleStates() {
      return new View(fetches, names, transitions, false, mergedGroups);
    }

    /** This view with each group's states merged into one step. */
    public View withMergedGroups() {
      return new View(fetches, names, transitions, idleStates, true);
    }
  }

  /**
   * One chain of thought a scribe writes.
   *
   * @param format a line format ({@link #canWrite})
   * @param view what it shows
   * @param out where the text goes
   */
  public record Page(TraceFormat format, View view, TextBuffer out) {
    public Page {
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(out, "out");
      if (!canWrite(format)) {
        throw new IllegalArgumentException(
            (format == null ? "no format" : format.getClass().getSimpleName())
                + " cannot be written as the algorithm runs");
      }
    }
  }

  /** A scribe writing each page. */
  public Scribe(List<Page> pages) {
    // Operands are named by cell only on pages that show names; the other pages, and a scribe
    // without pages (a direct answer), need no value to know its cell.
    super(true, pages.stream().anyMatch(p -> p.view().names()));
    this.pages = new PageWriter[pages.size()];
    for (int i = 0; i < this.pages.length; i++) {
      this.pages[i] = new PageWriter(pages.get(i));
    }
  }

  /** A scribe writing every event in one format. */
  public Scribe(TraceFormat format, TextBuffer out) {
    this(List.of(new Page(format, View.EVERYTHING, out)));
  }

  /** Whether a format can be written as the algorithm runs. */
  public static boolean canWrite(TraceFormat format) {
    return format instanceof LineFormat;
  }

  /**
   * Makes the scribe ready to write another run of the algorithm on its pages, after their buffers
   * have been emptied or kept as the caller wishes.
   */
  @Override
  public void restart() {
    super.restart();
    for (PageWriter p : pages) {
      p.restart();
    }
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
    for (PageWriter p : pages) {
      p.state(label, group, previous != null);
    }
  }

  @Override
  protected void onFetch(int cell, String name, String value) {
    for (PageWriter p : pages) {
      p.fetch(cell, name, value);
    }
  }

  @Override
  protected void onApply(Operator operator, Val[] args, String result) {
    for (PageWriter p : pages) {
      p.op(operator, args, result);
    }
  }

  @Override
  protected void onBinary(Operator operator, Val a, Val b, String result) {
    for (PageWriter p : pages) {
      p.binary(operator, a, b, result);
    }
  }

  @Override
  protected void onRelate(Val a, Val b, String relation) {
    for (PageWriter p : pages) {
      p.binary(Operator.REL, a, b, relation);
    }
  }

  @Override
  protected void onWrite(int cell, String name, String value) {
    for (PageWriter p : pages) {
      p.write(cell, name, value);
    }
  }

  @Override
  protected void onHalt(String last) {
    for (PageWriter p : pages) {
      p.halt();
    }
  }

  /** One page being written: its lines so far, and the line of fetches or writes still open. */
  private static final class PageWriter {
    static final int NONE = 0;
    static final int FETCHES = 1;
    static final int WRITES = 2;

    final LineFormat format;
    final TextBuffer out;
    final boolean fetches;
    final boolean names;
    final boolean transitions;
    final boolean idleStates;
    int lines;

    // The styled format joins a line's last item with " and ", so each item of a line of fetches
    // or writes is written once the next one (or the end of the line) is known.
    int run = NONE;
    int item;
    String pendingName;
    String pendingValue;

    // Whether the open state has written a cell.
    boolean wrote;

    // A page without idle states must take back the text of a state that writes nothing. After
    // one that did not write, a state is held back until it writes, as references to its steps'
    // parts: in some tasks most states write nothing, and writing their text only to take it back
    // cost more than the rest of the page. After a state that wrote, the next one is held only if
    // a sixth or more of such states have lately been idle: holding steps back and then writing
    // them all costs more than writing them as they go (where no state is idle, as in lcs or
    // addition, holding every state cost 8-16% of the page), and below about a sixth idle
    // (palindrome-combination 14%, multi-machine-schedule 10%) holding them all was slower too.
    // An older rule, which held only after idle states had outnumbered writers lately, left the
    // text taken back at 7-28% of what the pages kept in tasks with a fifth to a half of such
    // states idle (knapsack 10%, dijkstra 8%, prime-search 28%); this one leaves 1-7%. The choice
    // changes only the cost, never the text.
    boolean holdsState;
    // Whether the open state follows one that wrote.
    boolean followsWriter;
    // Whether the open state is the run's first.
    boolean firstState;
    // The share of idle states among the recent states that followed one that wrote, in units of
    // 1/IDLE_ALL: a moving average over about 2^IDLE_MEMORY of them.
    int idleShare;
    // The same for the first states of recent runs, which in some tasks are usually idle (the
    // call that opens a recursion: knapsack's first state, taken back, was a twentieth of its
    // pages).
    int firstIdleShare;
    static final int IDLE_ALL = 1 << 16;
    static final int IDLE_MEMORY = 4;
    static final int HOLD_SHARE = IDLE_ALL / 6;
    int stateStart;
    int linesBefore;
    final HeldSteps held;

    // The open group of merged states, what it read from outside itself (in order, once each)
    // and the last value of each cell it wrote (in the order of first writes).
    // (Made only for a page that merges.)
    final boolean mergedGroups;
    String group;
    final MergedGroup merged;

    // The label of the open state as the page shows it (a merged group shows the group's).
    String shown;

    // The operands of a two-operand step being written (see binary).
    final Val[] scratchPair = new Val[2];

    PageWriter(Page page) {
      this.format = (LineFormat) page.format();
      this.out = page.out();
      this.fetches = page.view().fetches();
      this.names = page.view().names();
      this.transitions = page.view().transitions();
      this.idleStates = page.view().idleStates();
      this.mergedGroups = page.view().mergedGroups();
      this.merged = mergedGroups ? new MergedGroup() : null;
      this.held = idleStates ? null : new HeldSteps();
    }

    void restart() {
      lines = 0;
      run = NONE;
      pendingName = null;
      pendingValue = null;
      wrote = false;
      holdsState = false;
      followsWriter = false;
      firstState = false;
      if (held != null) {
        held.clear();
      }
      group = null;
      shown = null;
      if (mergedGroups) {
        merged.clear();
      }
    }

    void state(String label, String group, boolean follows) {
      closeRun();
      if (mergedGroups) {
        if (this.group != null && this.group.equals(group)) {
          return;
        }
        flushGroup();
        this.group = group;
        if (group != null) {
          label = group;
        }
      }
      if (follows) {
        if (transitions && !holding()) {
          format.renderGoto(shown, label, line());
        }
        endState();
      }
      followsWriter = follows && wrote;
      firstState = !follows;
      holdsState =
          !idleStates
              && (follows ? !wrote || idleShare >= HOLD_SHARE : firstIdleShare >= HOLD_SHARE);
      wrote = false;
      shown = label;
      stateStart = out.length();
      linesBefore = lines;
      if (holding()) {
        held.addLabel(label);
      } else {
        format.renderState(label, line());
      }
    }

    void halt() {
      closeRun();
      flushGroup();
      if (transitions && !holding()) {
        format.renderHalt(shown, line());
      }
      endState();
    }

    void fetch(int cell, String name, String value) {
      if (group != null) {
        merged.read(cell, name, value);
      } else if (fetches) {
        if (holding()) {
          held.addFetch(name, value);
        } else {
          item(FETCHES, name, value);
        }
      }
    }

    void write(int cell, String name, String value) {
      if (!wrote) {
        wrote = true;
        release();
      }
      if (group != null) {
        merged.write(cell, name, value);
      } else {
        item(WRITES, name, value);
      }
    }

    /** The step of a merged group: what it read, then what it wrote. */
    private void flushGroup() {
      if (group == null) {
        return;
      }
      // A group that wrote nothing is not shown, when the page holds back idle states.
      for (int i = 0; !holding() && i < merged.readCount(); i++) {
        item(FETCHES, merged.readName(i), merged.readValue(i));
      }
      for (int i = 0; i < merged.writeCount(); i++) {
        item(WRITES, merged.writeName(i), merged.writeValue(i));
      }
      closeRun();
      merged.clear();
      group = null;
    }

    /** The state is complete: if it must not show, its text is taken back or never written. */
    private void endState() {
      if (idleStates) {
        return;
      }
      if (followsWriter) {
        idleShare = averaged(idleShare, wrote);
      } else if (firstState) {
        firstIdleShare = averaged(firstIdleShare, wrote);
      }
      if (!wrote) {
        out.truncate(stateStart);
        lines = linesBefore;
        held.clear();
      }
    }

    /** A share of idle states ({@link #idleShare}) moved toward the state just closed. */
    private static int averaged(int share, boolean wrote) {
      return share + (((wrote ? 0 : IDLE_ALL) - share) >> IDLE_MEMORY);
    }

    /** Whether the open state's steps are held back: it has not written, and it must. */
    private boolean holding() {
      return holdsState && !wrote;
    }

    /** The state writes: its steps held back so far are written, in their order. */
    private void release() {
      HeldSteps h = held;
      if (h == null) {
        return;
      }
      Object[] parts = h.parts;
      for (int i = 0, at = 0; i < h.size; i++, at += HeldSteps.STRIDE) {
        switch (h.kinds[i]) {
          case HeldSteps.LABEL -> format.renderState((String) parts[at], line());
          case HeldSteps.FETCH -> item(FETCHES, (String) parts[at], (String) parts[at + 1]);
          case HeldSteps.BINARY ->
              binary(
                  (Operator) parts[at],
                  (Val) parts[at + 2],
                  (Val) parts[at + 3],
                  (String) parts[at + 1]);
          default -> renderOp((Operator) parts[at], (Val[]) parts[at + 2], (String) parts[at + 1]);
        }
      }
      h.clear();
    }

    /** An operation on operands in an array that is the task's, which it may change. */
    void op(Operator operator, Val[] args, String result) {
      if (group != null) {
        return;
      }
      if (holding()) {
        held.addOp(operator, args.clone(), result);
        return;
      }
      renderOp(operator, args, result);
    }

    /**
     * An operation on two operands, or a comparison ({@link Operator#REL}, the relation as its
     * result). A held one keeps its two operands, with no array; one written now has them in the
     * page's scratch pair: an array per comparison had been a twentieth of what synthesis
     * allocated.
     */
    void binary(Operator operator, Val a, Val b, String result) {
      if (group != null) {
        return;
      }
      if (holding()) {
        held.addBinary(operator, a, b, result);
        return;
      }
      scratchPair[0] = a;
      scratchPair[1] = b;
      renderOp(operator, scratchPair, result);
      scratchPair[0] = null;
      scratchPair[1] = null;
    }

    private void renderOp(Operator operator, Val[] args, String result) {
      closeRun();
      format.renderOp(operator, args, names, result, line());
    }

    void item(int kind, String name, String value) {
      if (run == kind) {
        format.runItem(kind == WRITES, item, false, pendingName, pendingValue, out);
        item++;
      } else {
        closeRun();
        format.runStart(kind == WRITES, line());
        run = kind;
        item = 0;
      }
      pendingName = name;
      pendingValue = value;
    }

    private void closeRun() {
      if (run != NONE) {
        boolean writes = run == WRITES;
        format.runItem(writes, item, true, pendingName, pendingValue, out);
        format.runEnd(writes, out);
        run = NONE;
      }
    }

    /** The buffer, after the line break that starts a new line (none before the first). */
    private TextBuffer line() {
      if (lines++ > 0) {
        out.newline();
      }
      return out;
    }
  }

  /**
   * The steps of a state held back, in order, as references to their parts: a label; a fetch's name
   * and value; an operation's operator, result and operands (an array, or two operands of their
   * own). Each step has {@link #STRIDE} slots of one array, of which it writes only those it has:
   * in tasks where most states are held back, holding steps in five arrays, each slot written, had
   * been an eighth of writing the page.
   */
  private static final class HeldSteps {
    static final int LABEL = 0;
    static final int FETCH = 1;
    static final int OP = 2;
    static final int BINARY = 3;
    static final int STRIDE = 4;

    int size;
    byte[] kinds = new byte[16];
    // Slots of step i from STRIDE * i; a slot a step does not use keeps an earlier step's part.
    Object[] parts = new Object[16 * STRIDE];

    void addLabel(String label) {
      parts[slots(LABEL)] = label;
    }

    void addFetch(String name, String value) {
      int at = slots(FETCH);
      parts[at] = name;
      parts[at + 1] = value;
    }

    void addOp(Operator operator, Val[] args, String result) {
      int at = slots(OP);
      parts[at] = operator;
      parts[at + 1] = result;
      parts[at + 2] = args;
    }

    void addBinary(Operator operator, Val a, Val b, String result) {
      int at = slots(BINARY);
      parts[at] = operator;
      parts[at + 1] = result;
      parts[at + 2] = a;
      parts[at + 3] = b;
    }

    /** Adds a step of a kind; the first of its slots. */
    private int slots(int kind) {
      if (size == kinds.length) {
        kinds = Arrays.copyOf(kinds, size * 2);
        parts = Arrays.copyOf(parts, size * 2 * STRIDE);
      }
      kinds[size] = (byte) kind;
      return STRIDE * size++;
    }

    void clear() {
      size = 0;
    }
  }
}
