package dev.tmi.engine.format;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the commonest operation lines of the minimal format in one scan without tokens: literals
 * (integers, {@code inf}, quoted characters and strings) joined by one arithmetic symbol with a
 * result ({@code 3+5+0=8}, {@code 41%3=2}, {@code ""+'a'="a"}), a relation ({@code 9<41}, {@code
 * 2!=0}, {@code 4<inf}, {@code 'e'=='e'}) or a {@code max}/{@code min} call ({@code
 * max(16,15)=16}). Anything else (names, decimals, parentheses, spaces) returns {@code null} and
 * the lexer takes over, so this only makes parsing faster, never different.
 */
final class FastOps {
  private FastOps() {}

  /**
   * Parses an operation from {@code s[from, n)}, or returns {@code null} for the general parser.
   */
  static Op parse(String s, int from, int n) {
    Operator function = functionAt(s, from, n);
    if (function != null) {
      return call(s, from + 4, n, function);
    }
    int end = operandEnd(s, from, n);
    if (end < 0 || end >= n) {
      return null;
    }
    String first = literal(s, from, end);
    int i = end;
    String relation = relationAt(s, i, n);
    if (relation != null) {
      i += relation.length();
      int bEnd = operandEnd(s, i, n);
      if (bEnd != n) {
        return null;
      }
      return new Op(
          Operator.REL, List.of(Arg.value(first), Arg.value(literal(s, i, bEnd))), relation);
    }
    Arg[] args = new Arg[4];
    args[0] = Arg.value(first);
    int count = 1;
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
      int argEnd = operandEnd(s, i, n);
      if (argEnd < 0 || argEnd >= n) {
        return null;
      }
      args = append(args, count++, Arg.value(literal(s, i, argEnd)));
      i = argEnd;
      if (s.charAt(i) == '=') {
        break;
      }
    }
    if (operator != Operator.ADD && count != 2) {
      return null;
    }
    // s[i] is '='; "==" would be a relation, which the general parser rejects here too.
    return result(s, i + 1, n, operator, args, count);
  }

  /** {@code max(} or {@code min(} at {@code i}: the function's operator, or {@code null}. */
  private static Operator functionAt(String s, int i, int n) {
    if (i + 4 > n || s.charAt(i + 3) != '(' || s.charAt(i) != 'm') {
      return null;
    }
    if (s.startsWith("max", i)) {
      return Operator.MAX;
    }
    return s.startsWith("min", i) ? Operator.MIN : null;
  }

  /** The operands after {@code max(} or {@code min(}, the closing parenthesis and the result. */
  private static Op call(String s, int i, int n, Operator operator) {
    Arg[] args = new Arg[4];
    int count = 0;
    while (true) {
      int end = operandEnd(s, i, n);
      if (end < 0 || end >= n) {
        return null;
      }
      args = append(args, count++, Arg.value(literal(s, i, end)));
      i = end + 1;
      char c = s.charAt(end);
      if (c == ')') {
        break;
      }
      if (c != ',') {
        return null;
      }
    }
    if (i >= n || s.charAt(i) != '=') {
      return null;
    }
    return result(s, i + 1, n, operator, args, count);
  }

  /** Puts {@code arg} at {@code index}, growing the array when it is full. */
  private static Arg[] append(Arg[] args, int index, Arg arg) {
    Arg[] out = index < args.length ? args : Arrays.copyOf(args, args.length * 2);
    out[index] = arg;
    return out;
  }

  /** The result literal, which must end the line, and the operation with the first operands. */
  private static Op result(String s, int i, int n, Operator operator, Arg[] args, int count) {
    int resultEnd = operandEnd(s, i, n);
    if (resultEnd != n) {
      return null;
    }
    // An immutable list, which the operation keeps without copying it again.
    List<Arg> operands =
        count == 2 ? List.of(args[0], args[1]) : List.of(Arrays.copyOf(args, count));
    return new Op(operator, operands, literal(s, i, resultEnd));
  }

  /** The literal {@code s[from, to)}, shared from a cache where it is a common one. */
  private static String literal(String s, int from, int to) {
    return s.charAt(from) == '\'' ? Literals.charSlice(s, from, to) : Literals.slice(s, from, to);
  }

  /**
   * The end of the operand literal at {@code i}: an integer, {@code inf}, or a quoted character or
   * string, as the lexer reads them; -1 if none starts there.
   */
  private static int operandEnd(String s, int i, int n) {
    if (i >= n) {
      return -1;
    }
    char c = s.charAt(i);
    if (c == '\'' || c == '"') {
      return quotedEnd(s, i, n);
    }
    if (c == 'i') {
      int j = i + Literals.INF.length();
      // "inf" glued to more of a word is a cell name, which the lexer reads.
      boolean word = j < n && (isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_');
      return j <= n && s.startsWith(Literals.INF, i) && !word ? j : -1;
    }
    return integerEnd(s, i, n);
  }

  /**
   * The end of the quoted literal at {@code i}, scanned as the lexer scans it (a backslash escapes
   * the next character); -1 if it is not closed or, for a character literal, does not hold exactly
   * one character.
   */
  private static int quotedEnd(String s, int i, int n) {
    char quote = s.charAt(i);
    int j = i + 1;
    while (j < n && s.charAt(j) != quote) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    if (j >= n) {
      return -1;
    }
    if (quote == '\'') {
      int len = j - i - 1;
      boolean one = len == 1 ? s.charAt(i + 1) != '\\' : len == 2 && s.charAt(i + 1) == '\\';
      if (!one) {
        return -1;
      }
    }
    return j + 1;
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
    if (j < n && (s.charAt(j) == '.' || isLetterOrDigit(s.charAt(j)))) {
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

  /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
