package dev.tmi.engine.trace;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The elementary operations a state may perform. Each is small enough to be one atomic step, and
 * each can be recomputed from its stated operands, which is how a model's arithmetic is checked.
 */
public enum Operator {
  /** Sum of integers ({@code inf} absorbs), or concatenation of characters and strings. */
  ADD("+"),
  /** Difference of two integers. */
  SUB("-"),
  /** Product of two integers. */
  MUL("*"),
  /** Integer quotient of two integers, truncated toward zero. */
  DIV("//"),
  /** Remainder of two integers, with the sign of the dividend. */
  MOD("%"),
  /** Largest of its operands. */
  MAX("max"),
  /** Smallest of its operands. */
  MIN("min"),
  /**
   * A comparison. Its result is the relation symbol that holds: {@code <}, {@code ==} or {@code >}
   * for a three-way comparison, {@code ==} or {@code !=} for an equality test.
   */
  REL("?");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol a formatter writes between (or before) the operands. */
  public String symbol() {
    return symbol;
  }

  /** Whether the operator is written as a function call, {@code max(a,b)}. */
  public boolean isFunction() {
    return this == MAX || this == MIN;
  }

  /**
   * Computes the result of this operator on operand literals. Not defined for {@link #REL}, whose
   * result depends on the question asked; see {@link #holds(String, String, String)}.
   *
   * @throws IllegalArgumentException if the operands do not suit the operator
   */
  public String apply(List<String> args) {
    if (args.isEmpty() || (args.size() < 2 && this != MAX && this != MIN)) {
      throw new IllegalArgumentException(this + " needs more operands");
    }
    return switch (this) {
      case ADD -> add(args);
      case SUB -> binary(args, 0);
      case MUL -> binary(args, 1);
      case DIV -> binary(args, 2);
      case MOD -> binary(args, 3);
      case MAX, MIN -> extreme(args, this == MAX);
      case REL -> throw new IllegalArgumentException("REL has no single result");
    };
  }

  /**
   * {@link #apply(List)} on two operands, the commonest call, without building a list for them.
   *
   * @throws IllegalArgumentException as {@link #apply(List)} does
   */
  public String apply(String a, String b) {
    return switch (this) {
      case ADD -> {
        long x = Literals.parseSmall(a);
        long y = Literals.parseSmall(b);
        yield x != Literals.NOT_SMALL && y != Literals.NOT_SMALL
            ? Literals.of(x + y)
            : add(Arrays.asList(a, b));
      }
      case SUB -> binary(a, b, 0);
      case MUL -> binary(a, b, 1);
      case DIV -> binary(a, b, 2);
      case MOD -> binary(a, b, 3);
      case MAX, MIN, REL -> apply(Arrays.asList(a, b));
    };
  }

  /**
   * Whether a relation symbol ({@code <}, {@code <=}, {@code ==}, {@code !=}, {@code >=}, {@code
   * >}) holds between two literals.
   *
   * @throws IllegalArgumentException if the symbol is unknown or the literals incomparable
   */
  public static boolean holds(String a, String relation, String b) {
    int c = Literals.compare(a, b);
    return switch (relation) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case "==" -> c == 0;
      case "!=" -> c != 0;
      case ">=" -> c >= 0;
      case ">" -> c > 0;
      default -> throw new IllegalArgumentException("unknown relation " + relation);
    };
  }

  /** The three-way relation symbol between two literals: {@code <}, {@code ==} or {@code >}. */
  public static String relation(String a, String b) {
    int c = Literals.compare(a, b);
    return c < 0 ? "<" : c == 0 ? "==" : ">";
  }

  private static String add(List<String> args) {
    long fast = 0;
    // Small literals are below 10^18 in magnitude: nine of them cannot overflow a long.
    boolean allSmall = args.size() <= 9;
    for (int i = 0; allSmall && i < args.size(); i++) {
      long v = Literals.parseSmall(args.get(i));
      allSmall = v != Literals.NOT_SMALL;
      fast += allSmall ? v : 0;
    }
    if (allSmall) {
      return Literals.of(fast);
    }
    String first = args.get(0);
    if (Literals.isChar(first) || Literals.isString(first)) {
      String joined = Literals.joinPlain(args);
      if (joined != null) {
        return joined;
      }
      StringBuilder sb = new StringBuilder();
      for (String a : args) {
        sb.append(Literals.unquote(a));
      }
      return Literals.ofString(sb);
    }
    boolean small = true;
    for (String a : args) {
      if (Literals.isInf(a)) {
        for (String b : args) {
          requireIntOrInf(b);
        }
        return Literals.INF;
      }
      requireIntOrInf(a);
      small &= a.length() <= 17;
    }
    if (small && args.size() < 64) {
      long sum = 0;
      for (String a : args) {
        sum += Long.parseLong(a);
      }
      return Literals.of(sum);
    }
    BigInteger sum = BigInteger.ZERO;
    for (String a : args) {
      sum = sum.add(new BigInteger(a));
    }
    return sum.toString();
  }

  private static void requireIntOrInf(String a) {
    if (!Literals.isInteger(a) && !Literals.isInf(a)) {
      throw new IllegalArgumentException("not an integer: " + a);
    }
  }

  private static String binary(List<String> args, int kind) {
    if (args.size() != 2) {
      throw new IllegalArgumentException("expects two operands");
    }
    return binary(args.get(0), args.get(1), kind);
  }

  private static String binary(String first, String second, int kind) {
    long x = Literals.parseSmall(first);
    long y = Literals.parseSmall(second);
    if (x != Literals.NOT_SMALL && y != Literals.NOT_SMALL) {
      if (kind >= 2 && y == 0) {
        throw new IllegalArgumentException("division by zero");
      }
      switch (kind) {
        case 0:
          return Literals.of(x - y);
        case 2:
          return Literals.of(x / y);
        case 3:
          return Literals.of(x % y);
        default:
          if (Math.abs(x) < 3_000_000_000L && Math.abs(y) < 3_000_000_000L) {
            return Literals.of(x * y);
          }
      }
    }
    BigInteger a = Literals.bigInteger(first);
    BigInteger b = Literals.bigInteger(second);
    if (kind >= 2 && b.signum() == 0) {
      throw new IllegalArgumentException("division by zero");
    }
    return switch (kind) {
      case 0 -> a.subtract(b).toString();
      case 1 -> a.multiply(b).toString();
      case 2 -> a.divide(b).toString();
      default -> a.remainder(b).toString();
    };
  }

  private static String extreme(List<String> args, boolean max) {
    String best = args.get(0);
    for (int i = 1; i < args.size(); i++) {
      int c = Literals.compare(args.get(i), best);
      if (max ? c > 0 : c < 0) {
        best = args.get(i);
      }
    }
    return best;
  }
}
