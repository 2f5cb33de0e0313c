package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Operator;

/**
 * A machine that runs the algorithm for real: it holds the memory, computes every value and checks
 * the task's use of the machine, and tells a subclass what happened through one hook per kind of
 * step. The subclasses differ only in what they keep: the {@link Recorder} keeps events, a state
 * counter a number, a scribe the text of a chain of thought.
 *
 * <p>Misuse by a task (fetching a cell that was never written, a step outside a state, an invalid
 * label or name) throws {@link IllegalStateException}: that is a bug in the task, never a property
 * of the data.
 */
public abstract class RunningMachine extends Machine {
  private static final Validated NAMES = new Validated(Labels::isName);
  private static final Validated LABELS = new Validated(Labels::isValid);

  private final Memory memory = new Memory();
  private String current;
  private String lastGroup;
  private boolean halted;
  private final boolean checked;
  private final boolean cells;

  /** A machine that checks every label and cell name the task uses. */
  protected RunningMachine() {
    this(true);
  }

  /**
   * A machine whose values know the cells they were read from.
   *
   * @param checked whether to check every label and cell name the task uses; a machine that only
   *     re-runs an algorithm the recorder has run on the same kind of input may skip it
   */
  protected RunningMachine(boolean checked) {
    this(checked, true);
  }

  /**
   * A machine.
   *
   * @param checked whether to check every label and cell name the task uses
   * @param cells whether a fetched value must know the cell it was read from ({@link Val#ref()}),
   *     as a recorded operation's operands do, and an operation written with operands named by
   *     cell. Without, a fetch returns the value as stored, which may name another cell or none: a
   *     value made per fetch had been a tenth of writing some chains of thought.
   */
  protected RunningMachine(boolean checked, boolean cells) {
    this.checked = checked;
    this.cells = cells;
  }

  /** An input was put in memory; {@code started} says whether a state had opened already. */
  protected void onInit(String name, String literal, boolean started) {}

  /** A state opened; {@code previous} is the state it closes, or {@code null} for the first. */
  protected abstract void onState(String label, String group, String previous);

  /**
   * A cell was restated.
   *
   * @param cell the cell's position in this machine's memory: a number from 0 up that stays the
   *     cell's for the whole run, so that a subclass can keep what it knows of cells in arrays
   */
  protected abstract void onFetch(int cell, String name, String value);

  /**
   * An operator was applied. The operands' array may be the task's, which the task may change
   * afterwards: a subclass that keeps it keeps a copy.
   */
  protected abstract void onApply(Operator operator, Val[] args, String result);

  /**
   * An operator was applied to two operands, through {@link #binary}. A subclass that keeps the
   * operands may take them from here without an array (prime-search's {@code no-linear} rows, whose
   * trials are nearly all held and dropped, became about 6% faster). By default, {@link #onApply}
   * with an array of the two.
   */
  protected void onBinary(Operator operator, Val a, Val b, String result) {
    onApply(operator, new Val[] {a, b}, result);
  }

  /** Two values were compared, and {@code relation} holds between them. */
  protected abstract void onRelate(Val a, Val b, String relation);

  /** A cell was written; {@code cell} is its position, as for {@link #onFetch}. */
  protected abstract void onWrite(int cell, String name, String value);

  /** The last state closed with the transition to the halting state. */
  protected abstract void onHalt(String last);

  @Override
  public final void init(String name, String literal) {
    initNamed(name, Val.of(literal));
  }

  /** Puts an input value in a named cell; its text is the literal it was made from. */
  private void initNamed(String name, Val value) {
    int known = memory.names();
    memory.store(name, value);
    // A name is checked the first time the memory meets it.
    checkNew(known, name);
    onInit(name, value.text(), current != null);
  }

  /**
   * Puts an integer input in memory as the value of the number itself: tasks put their inputs'
   * digits and list items in memory in every sample, and reading each one's literal back had been a
   * fortieth of synthesizing compare-numbers.
   */
  @Override
  public final void init(String name, long value) {
    initNamed(name, Val.of(value));
  }

  @Override
  public final void init(Cell cell, String literal) {
    initCell(cell, Val.of(literal));
  }

  /** Puts an integer input in a cell given by handle, as {@link #init(String, long)} by name. */
  @Override
  public final void init(Cell cell, long value) {
    initCell(cell, Val.of(value));
  }

  /**
   * Puts a character input in memory as the shared value of its literal, without reading the
   * literal back: tasks over text put one per character in memory in every sample.
   */
  @Override
  public final void init(Cell cell, char c) {
    initCell(cell, Val.ofChar(c));
  }

  /** Puts an input value in a cell given by handle; its text is the literal it was made from. */
  private void initCell(Cell cell, Val value) {
    int known = memory.names();
    memory.store(cell, value);
    checkNew(known, cell.name());
    onInit(cell.name(), value.text(), current != null);
  }

  @Override
  public final void state(String label, String group) {
    requireRunning();
    if (checked && !LABELS.test(label)) {
      throw new IllegalStateException("invalid state label: '" + label + "'");
    }
    // Consecutive states usually share their group: check each group label once per run of them.
    if (checked && group != null && group != lastGroup) {
      if (!LABELS.test(group)) {
        throw new IllegalStateException("invalid group label: '" + group + "'");
      }
      lastGroup = group;
    }
    onState(label, group, current);
    current = label;
  }

  @Override
  public final Val fetch(String name) {
    requireInState();
    return fetchAt(memory.find(name), name);
  }

  @Override
  public final Val fetch(Cell cell) {
    requireInState();
    return fetchAt(memory.find(cell), cell.name());
  }

  private Val fetchAt(int p, String name) {
    if (p < 0) {
      throw new IllegalStateException("fetch of unknown cell " + name + " in state " + current);
    }
    Val value = cells ? memory.readAt(p, name) : memory.at(p);
    onFetch(p, name, value.text());
    return value;
  }

  @Override
  public final Val apply(Operator operator, Val... args) {
    requireInState();
    Val result = compute(operator, args);
    onApply(operator, args, result.text());
    return result;
  }

  @Override
  protected final Val binary(Operator operator, Val a, Val b) {
    requireInState();
    Val result = compute(operator, a, b);
    onBinary(operator, a, b, result.text());
    return result;
  }

  @Override
  protected final String relate(Val a, Val b, boolean threeWay) {
    requireInState();
    String r = relation(a, b, threeWay);
    onRelate(a, b, r);
    return r;
  }

  @Override
  public final void write(String name, Val value) {
    requireInState();
    int known = memory.names();
    int p = memory.store(name, value);
    checkNew(known, name);
    onWrite(p, name, value.text());
  }

  @Override
  public final void write(Cell cell, Val value) {
    requireInState();
    int known = memory.names();
    int p = memory.store(cell, value);
    checkNew(known, cell.name());
    onWrite(p, cell.name(), value.text());
  }

  @Override
  public final void halt() {
    requireInState();
    onHalt(current);
    halted = true;
  }

  /**
   * Empties the memory and forgets the run, so that the machine can run an algorithm again: a
   * machine per sample cost a twentieth of synthesizing a small sample.
   */
  protected void restart() {
    memory.clear();
    current = null;
    lastGroup = null;
    halted = false;
  }

  /** Whether the algorithm has halted. */
  protected final boolean halted() {
    return halted;
  }

  /** Whether a state has opened. */
  protected final boolean started() {
    return current != null;
  }

  /** The value a cell holds now, or {@code null}. */
  public final String peek(String name) {
    int p = memory.find(name);
    return p < 0 ? null : memory.at(p).text();
  }

  /** Checks a name the memory has just met, if {@code known} was its count of names before. */
  private void checkNew(int known, String name) {
    if (checked && memory.names() > known) {
      requireName(name);
    }
  }

  private void requireName(String name) {
    if (!NAMES.test(name)) {
      memory.forget();
      throw new IllegalStateException("invalid cell name: " + name);
    }
  }

  private void requireRunning() {
    if (halted) {
      throw new IllegalStateException("the machine has halted");
    }
  }

  private void requireInState() {
    requireRunning();
    if (current == null) {
      throw new IllegalStateException("no state is open");
    }
  }
}
