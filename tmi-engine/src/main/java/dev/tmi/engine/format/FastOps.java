package dev.tmi.engine.format;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the commonest operation lines of the minimal format, integers joined by one arithmetic
 * symbol with a result ({@code 3+5+0=8}, {@code 41%3=2}) or a relation ({@code 9<41}, {@code
 * 2!=0}), in one scan without tokens. Anything else (names, decimals, quotes, parentheses, spaces,
 * functions) returns {@code null} and the lexer takes over, so this only makes parsing faster,
 * never different.
 */
final class FastOps {
  private FastOps() {}

  /**
   * Parses an operation from {@code s[from, n)}, or returns {@code null} for the general parser.
   */
  static Op parse(String s, int from, int n) {
    int end = integerEnd(s, from, n);
    if (end < 0 || end >= n) {
      return null;
    }
    String first = Literals.slice(s, from, end);
    int i = end;
    String relation = relationAt(s, i, n);
    if (relation != null) {
      i += relation.length();
      int bEnd = integerEnd(s, i, n);
      if (bEnd != n) {
        return null;
      }
      return new Op(
          Operator.REL, List.of(Arg.value(first), Arg.value(Literals.slice(s, i, bEnd))), relation);
    }
    List<Arg> args = new ArrayList<>(4);
    args.add(Arg.value(first));
    Operator operator = null;
    String symbol = null;
    while (true) {
      String sym = arithmeticAt(s, i, n);
      if (sym == null || (symbol != null && !sym.equals(symbol))) {
        return null;
      }
      if (symbol == null) {
        symbol = sym;
        operator = operatorOf(sym);
      }
      i += sym.length();
      int argEnd = integerEnd(s, i, n);
      if (argEnd < 0 || argEnd >= n) {
        return null;
      }
      args.add(Arg.value(Literals.slice(s, i, argEnd)));
      i = argEnd;
      if (s.charAt(i) == '=') {
        break;
      }
    }
    if (operator != Operator.ADD && args.size() != 2) {
      return null;
    }
    // s[i] is '='; "==" would be a relation, which the general parser rejects here too.
    i++;
    int resultEnd = integerEnd(s, i, n);
    if (resultEnd != n) {
      return null;
    }
    return new Op(operator, args, Literals.slice(s, i, resultEnd));
  }

  /** The end of an integer literal ({@code -?[0-9]+}) at {@code i}, or -1. */
  private static int integerEnd(String s, int i, int n) {
    int j = i;
    if (j < n && s.charAt(j) == '-') {
      j++;
    }
    int digits = j;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    // A decimal point or a letter glued to the digits: not a plain integer operand.
    if (j < n && (s.charAt(j) == '.' || Character.isLetterOrDigit(s.charAt(j)))) {
      return -1;
    }
    return j;
  }

  private static String relationAt(String s, int i, int n) {
    char c = s.charAt(i);
    char d = i + 1 < n ? s.charAt(i + 1) : 0;
    return switch (c) {
      case '<' -> d == '=' ? "<=" : "<";
      case '>' -> d == '=' ? ">=" : ">";
      case '=' -> d == '=' ? "==" : null;
      case '!' -> d == '=' ? "!=" : null;
      default -> null;
    };
  }

  private static String arithmeticAt(String s, int i, int n) {
    if (i >= n) {
      return null;
    }
    char c = s.charAt(i);
    char d = i + 1 < n ? s.charAt(i + 1) : 0;
    return switch (c) {
      case '+' -> "+";
      case '*' -> "*";
      case '%' -> "%";
      case '/' -> d == '/' ? "//" : null;
      case '-' -> d == '>' ? null : "-";
      default -> null;
    };
  }

  private static Operator operatorOf(String sym) {
    return switch (sym) {
      case "+" -> Operator.ADD;
      case "-" -> Operator.SUB;
      case "*" -> Operator.MUL;
      case "//" -> Operator.DIV;
      default -> Operator.MOD;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
