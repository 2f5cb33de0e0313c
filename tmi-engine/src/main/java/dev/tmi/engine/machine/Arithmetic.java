package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Operator;
import java.math.BigInteger;

/**
 * The machine's operators on integers, as numbers: small ones as {@code long}s, others as {@code
 * BigInteger}s. Each gives exactly the literal {@link Operator#apply} gives on the operands'
 * literals, or {@code null} where that takes another path (text, {@code inf}, an error), which the
 * caller then follows on the literals.
 */
final class Arithmetic {
  private Arithmetic() {}

  /**
   * Products of factors below this bound fit in a {@code long}, as {@link Operator} bounds them.
   */
  private static final long MUL_BOUND = 3_000_000_000L;

  /** Small integers are below 10^18 in magnitude, so a sum of this many cannot overflow. */
  static final int MAX_TERMS = 9;

  /** {@code x op y} for two small integers, or {@code null}. */
  static Val binary(Operator operator, long x, long y, Val a, Val b) {
    return switch (operator) {
      case ADD -> Val.of(x + y);
      case SUB -> Val.of(x - y);
      case MUL -> Math.abs(x) < MUL_BOUND && Math.abs(y) < MUL_BOUND ? Val.of(x * y) : null;
      case DIV -> y == 0 ? null : Val.of(x / y);
      case MOD -> y == 0 ? null : Val.of(x % y);
      case MAX -> x >= y ? a.from(null) : b.from(null);
      case MIN -> x <= y ? a.from(null) : b.from(null);
      case REL -> null;
    };
  }

  /**
   * {@code x op y} for two integers of any size, worked out on big integers, or {@code null}. The
   * result keeps its number ({@link Val#of(BigInteger)}), as an operand that is a result does, so a
   * chain of operations on big numbers reads no literal.
   */
  static Val big(Operator operator, Val a, Val b) {
    if (operator == Operator.MAX || operator == Operator.MIN || operator == Operator.REL) {
      return null;
    }
    BigInteger x = number(a);
    BigInteger y = x == null ? null : number(b);
    if (y == null) {
      return null;
    }
    return switch (operator) {
      case ADD -> Val.of(x.add(y));
      case SUB -> Val.of(x.subtract(y));
      case MUL -> Val.of(x.multiply(y));
      case DIV -> y.signum() == 0 ? null : Val.of(x.divide(y));
      case MOD -> y.signum() == 0 ? null : Val.of(x.remainder(y));
      case MAX, MIN, REL -> null;
    };
  }

  /** The number of an integer value, or {@code null} if it is not an integer. */
  private static BigInteger number(Val v) {
    BigInteger n = v.number();
    if (n == null && Literals.isInteger(v.text())) {
      n = new BigInteger(v.text());
    }
    return n;
  }

  /**
   * A sum of small integers other than two, or a maximum or minimum of small integers and {@code
   * inf}, or {@code null}.
   */
  static Val many(Operator operator, Val[] args) {
    if (args.length == 0 || args.length >= 64) {
      return null;
    }
    boolean extreme = operator == Operator.MAX || operator == Operator.MIN;
    for (Val a : args) {
      // Shortest-path tasks take the minimum of distances some of which are still inf: reading
      // every literal again for those had been a thirtieth of writing dijkstra's chains of thought.
      if (a.small() == Literals.NOT_SMALL && !(extreme && a.isInf())) {
        return null;
      }
    }
    switch (operator) {
      case ADD:
        if (args.length < 2 || args.length > MAX_TERMS) {
          return null;
        }
        long sum = 0;
        for (Val a : args) {
          sum += a.small();
        }
        return Val.of(sum);
      case MAX:
      case MIN:
        Val best = args[0];
        for (int i = 1; i < args.length; i++) {
          long c = Long.compare(order(args[i]), order(best));
          if (operator == Operator.MAX ? c > 0 : c < 0) {
            best = args[i];
          }
        }
        return best.from(null);
      default:
        return null;
    }
  }

  /**
   * Where an operand of {@link #many} lies among the others: a small integer is its number, and
   * {@code inf} lies beyond every small integer (they are below 10^18 in magnitude), as {@link
   * Literals#compare} orders them.
   */
  private static long order(Val v) {
    long x = v.small();
    return x != Literals.NOT_SMALL ? x : Long.MAX_VALUE;
  }

  /** The relation symbol for a three-way comparison's result. */
  static String relation(int c) {
    return c < 0 ? "<" : c == 0 ? "==" : ">";
  }
}
