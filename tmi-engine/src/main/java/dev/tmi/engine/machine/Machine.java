package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Operator;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The machine a task's algorithm runs against. The algorithm reads memory only through {@link
 * #fetch}, computes only through the operator methods, and writes through {@link #write}, so one
 * implementation can record the execution ({@link Recorder}) and another can replay a model's trace
 * step by step (the verifier's replayer) with the same algorithm code.
 *
 * <p>A new {@link #state} closes the previous one with a transition to it; {@link #halt} closes the
 * last one.
 */
public abstract class Machine {

  /**
   * Puts an input value in memory before the algorithm starts. Inputs come from the query, so this
   * records no event.
   */
  public abstract void init(String name, String literal);

  /** Puts an integer input in memory, as {@link #init(String, String)} its literal. */
  public void init(String name, long value) {
    init(name, Literals.of(value));
  }

  /**
   * Opens a new atomic state, closing the previous one with a transition to it.
   *
   * @param label the state's label; no spaces, no {@code = : < > " '}
   * @param group the loop or phase the state belongs to, merged into one step by the "without
   *     Atomic State" ablation; {@code null} for none
   */
  public abstract void state(String label, String group);

  /** Opens a new atomic state that belongs to no group. */
  public final void state(String label) {
    state(label, null);
  }

  /** Restates a memory cell (Memory Fetcher) and returns its value. */
  public abstract Val fetch(String name);

  /** Restates a memory cell given by handle, as {@link #fetch(String)} its name. */
  public Val fetch(Cell cell) {
    return fetch(cell.name());
  }

  /** Applies an operator to operands and returns the result. */
  public abstract Val apply(Operator operator, Val... args);

  /**
   * Applies an operator to two operands, as {@link #apply} does. The conveniences ({@link #add(Val,
   * Val)}, {@link #sub}, ...) come here, so that a machine can make the operands' array itself and
   * keep it: an array a task passes to {@code apply} stays the task's, which may change it.
   */
  protected Val binary(Operator operator, Val a, Val b) {
    return apply(operator, a, b);
  }

  /**
   * Compares two values and returns the relation that holds, {@code <}, {@code ==} or {@code >}.
   */
  protected abstract String relate(Val a, Val b, boolean threeWay);

  /** Writes a value to a memory cell. */
  public abstract void write(String name, Val value);

  /** Writes a value to a memory cell given by handle, as {@link #write(String, Val)} its name. */
  public void write(Cell cell, Val value) {
    write(cell.name(), value);
  }

  /** Puts an input value in a memory cell given by handle, as {@link #init(String, String)}. */
  public void init(Cell cell, String literal) {
    init(cell.name(), literal);
  }

  /** Puts an integer input in a memory cell given by handle, as its literal. */
  public void init(Cell cell, long value) {
    init(cell, Literals.of(value));
  }

  /** Puts a character input, as its literal ({@link Literals#ofChar}), in a memory cell. */
  public void init(Cell cell, char c) {
    init(cell, Literals.ofChar(c));
  }

  /** Closes the last state with the transition to the halting state. */
  public abstract void halt();

  /**
   * The result of an operator on its operands, as a machine that runs the algorithm for real
   * computes it: the literal {@link Operator#apply(List)} gives, worked out on the operands'
   * numbers when they are small integers.
   *
   * @throws IllegalArgumentException as {@link Operator#apply(List)} does
   */
  protected static Val compute(Operator operator, Val[] args) {
    if (args.length == 2) {
      return compute(operator, args[0], args[1]);
    }
    Val r = Arithmetic.many(operator, args);
    if (r != null) {
      return r;
    }
    String[] values = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].text();
    }
    return Val.of(operator.apply(Arrays.asList(values)));
  }

  /** The result of an operator on two operands, as {@link #compute(Operator, Val[])} gives it. */
  protected static Val compute(Operator operator, Val a, Val b) {
    long x = a.small();
    long y = b.small();
    if (x != Literals.NOT_SMALL && y != Literals.NOT_SMALL) {
      Val r = Arithmetic.binary(operator, x, y, a, b);
      if (r != null) {
        return r;
      }
    }
    Val r = Arithmetic.big(operator, a, b);
    if (r != null) {
      return r;
    }
    return Val.of(operator.apply(a.text(), b.text()));
  }

  // The relations, as the instances a running machine returns (its sources return these literals,
  // and string literals are interned): compare and equal test identity first, and fall back to the
  // strings' values for any other machine.
  private static final String LESS = "<";
  private static final String EQUAL = "==";
  private static final String GREATER = ">";
  private static final String NOT_EQUAL = "!=";

  /**
   * The relation that holds between two values, {@code <}, {@code ==} or {@code >}; for an equality
   * test ({@code threeWay} false) {@code ==} or {@code !=}.
   */
  protected static String relation(Val a, Val b, boolean threeWay) {
    long x = a.small();
    long y = b.small();
    String r;
    if (x != Literals.NOT_SMALL && y != Literals.NOT_SMALL) {
      r = Arithmetic.relation(Long.compare(x, y));
    } else if (a.plainChar() >= 0 && b.plainChar() >= 0) {
      r = Arithmetic.relation(Integer.compare(a.plainChar(), b.plainChar()));
    } else {
      r = Operator.relation(a.text(), b.text());
    }
    return threeWay || r.equals(EQUAL) ? r : NOT_EQUAL;
  }

  // ---- conveniences, so that task code reads like the algorithm ----

  /** Writes a literal to a memory cell. */
  public final void write(String name, String literal) {
    write(name, Val.of(literal));
  }

  /** Writes an integer to a memory cell. */
  public final void write(String name, long value) {
    write(name, Val.of(value));
  }

  /** Writes a literal to a memory cell given by handle. */
  public final void write(Cell cell, String literal) {
    write(cell, Val.of(literal));
  }

  /** Writes an integer to a memory cell given by handle. */
  public final void write(Cell cell, long value) {
    write(cell, Val.of(value));
  }

  /** Sum (or concatenation) of the operands. */
  public final Val add(Val... args) {
    return apply(Operator.ADD, args);
  }

  /** {@code a + b}, or the concatenation of {@code a} and {@code b}. */
  public final Val add(Val a, Val b) {
    return binary(Operator.ADD, a, b);
  }

  /** {@code a - b}. */
  public final Val sub(Val a, Val b) {
    return binary(Operator.SUB, a, b);
  }

  /** {@code a * b}. */
  public final Val mul(Val a, Val b) {
    return binary(Operator.MUL, a, b);
  }

  /** {@code a // b}, truncated toward zero. */
  public final Val div(Val a, Val b) {
    return binary(Operator.DIV, a, b);
  }

  /** {@code a % b}. */
  public final Val mod(Val a, Val b) {
    return binary(Operator.MOD, a, b);
  }

  /** Largest operand. */
  public final Val max(Val... args) {
    return apply(Operator.MAX, args);
  }

  /** The larger of two operands, the first if they are equal. */
  public final Val max(Val a, Val b) {
    return binary(Operator.MAX, a, b);
  }

  /** Smallest operand. */
  public final Val min(Val... args) {
    return apply(Operator.MIN, args);
  }

  /** The smaller of two operands, the first if they are equal. */
  public final Val min(Val a, Val b) {
    return binary(Operator.MIN, a, b);
  }

  /** Three-way comparison: negative, zero or positive, as the recorded relation says. */
  public final int compare(Val a, Val b) {
    String r = relate(a, b, true);
    // Identity decides before the switch hashes the string: tasks compare in nearly every step.
    if (r == LESS) {
      return -1;
    } else if (r == EQUAL) {
      return 0;
    } else if (r == GREATER) {
      return 1;
    }
    return switch (r) {
      case "<" -> -1;
      case "==" -> 0;
      case ">" -> 1;
      default -> throw TraceMismatch.format("expected <, == or >, got " + r);
    };
  }

  /** Equality test. */
  public final boolean equal(Val a, Val b) {
    String r = relate(a, b, false);
    if (r == EQUAL) {
      return true;
    } else if (r == NOT_EQUAL) {
      return false;
    }
    return switch (r) {
      case "==" -> true;
      case "!=" -> false;
      default -> throw TraceMismatch.format("expected == or !=, got " + r);
    };
  }

  /** An integer literal operand. */
  public static Val lit(long value) {
    return Val.of(value);
  }

  /** A big-integer literal operand. */
  public static Val lit(BigInteger value) {
    return Val.of(value.toString());
  }

  /** A literal operand given as text. */
  public static Val lit(String literal) {
    return Val.of(literal);
  }
}
