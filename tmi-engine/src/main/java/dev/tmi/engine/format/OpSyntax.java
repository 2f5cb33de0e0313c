package dev.tmi.engine.format;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operand;
import dev.tmi.engine.trace.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * How an operation reads: {@code 3+5+0=8}, {@code 10//2=5}, {@code max(16,15)=16}, and a comparison
 * as the relation that holds, {@code 3514>-5259}. Operands show their value, or their cell name
 * when the value is not stated. The spaced form puts blanks around symbols.
 */
final class OpSyntax {
  private OpSyntax() {}

  static void render(Op op, boolean spaced, TextBuffer out) {
    render(op.operator(), op.args().toArray(Operand[]::new), false, op.result(), spaced, out);
  }

  /**
   * Writes an operation from its parts, as {@link #render(Op, boolean, TextBuffer)} writes it; with
   * {@code names}, an operand read from memory is written by its cell's name.
   */
  static void render(
      Operator operator,
      Operand[] args,
      boolean names,
      String result,
      boolean spaced,
      TextBuffer out) {
    if (operator == Operator.REL) {
      out.append(shown(args[0], names));
      if (spaced) {
        out.ascii(' ').append(result).ascii(' ');
      } else {
        out.append(result);
      }
      out.append(shown(args[1], names));
      return;
    }
    if (operator.isFunction()) {
      out.append(operator.symbol()).append('(');
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          if (spaced) {
            out.ascii(',', ' ');
          } else {
            out.ascii(',');
          }
        }
        out.append(shown(args[i], names));
      }
      out.ascii(')');
      equalsResult(result, spaced, out);
      return;
    }
    String sym = operator.symbol();
    for (int i = 0; i < args.length; i++) {
      String v = shown(args[i], names);
      if (i > 0) {
        if (spaced) {
          out.ascii(' ').append(sym).ascii(' ');
        } else {
          out.append(sym);
        }
        // A cell name never starts with '-': only a negative value is parenthesized.
        if (v.startsWith("-")) {
          out.ascii('(').append(v).ascii(')');
          continue;
        }
      }
      out.append(v);
    }
    equalsResult(result, spaced, out);
  }

  private static void equalsResult(String result, boolean spaced, TextBuffer out) {
    if (spaced) {
      out.ascii(' ', '=').ascii(' ');
    } else {
      out.ascii('=');
    }
    out.append(result);
  }

  private static String shown(Operand a, boolean names) {
    String cell = names ? a.cell() : null;
    return cell != null ? cell : a.shown();
  }

  /** Parses an operation from its tokens, or returns {@code null}. */
  static Op parse(List<Token> t) {
    if (t.size() < 3) {
      return null;
    }
    Cursor c = new Cursor(t);
    Token first = t.get(0);
    if (first.kind() == Token.Kind.NAME
        && (first.text().equals("max") || first.text().equals("min"))
        && t.get(1).is("(")) {
      Operator operator = first.text().equals("max") ? Operator.MAX : Operator.MIN;
      c.pos = 2;
      List<Arg> args = new ArrayList<>();
      while (true) {
        Arg a = c.operand();
        if (a == null) {
          return null;
        }
        args.add(a);
        if (c.accept(",")) {
          continue;
        }
        if (c.accept(")")) {
          break;
        }
        return null;
      }
      return result(c, operator, args);
    }
    Arg a = c.operand();
    if (a == null || c.atEnd()) {
      return null;
    }
    Token sym = c.next();
    if (sym.kind() != Token.Kind.SYMBOL) {
      return null;
    }
    switch (sym.text()) {
      case "<", ">", "==", "!=", "<=", ">=" -> {
        Arg b = c.operand();
        if (b == null || !c.atEnd()) {
          return null;
        }
        return new Op(Operator.REL, List.of(a, b), sym.text());
      }
      default -> {
        Operator operator = binary(sym.text());
        if (operator == null) {
          return null;
        }
        List<Arg> args = new ArrayList<>();
        args.add(a);
        while (true) {
          Arg b = c.operand();
          if (b == null) {
            return null;
          }
          args.add(b);
          if (!c.accept(sym.text())) {
            break;
          }
        }
        if (operator != Operator.ADD && args.size() != 2) {
          return null;
        }
        return result(c, operator, args);
      }
    }
  }

  private static Op result(Cursor c, Operator operator, List<Arg> args) {
    if (!c.accept("=") || c.atEnd()) {
      return null;
    }
    Token r = c.next();
    if (r.kind() != Token.Kind.LITERAL || !c.atEnd()) {
      return null;
    }
    return new Op(operator, args, r.text());
  }

  private static Operator binary(String sym) {
    return switch (sym) {
      case "+" -> Operator.ADD;
      case "-" -> Operator.SUB;
      case "*" -> Operator.MUL;
      case "//" -> Operator.DIV;
      case "%" -> Operator.MOD;
      default -> null;
    };
  }

  private static final class Cursor {
    final List<Token> t;
    int pos;

    Cursor(List<Token> t) {
      this.t = t;
    }

    boolean atEnd() {
      return pos >= t.size();
    }

    Token next() {
      return t.get(pos++);
    }

    boolean accept(String sym) {
      if (!atEnd() && t.get(pos).is(sym)) {
        pos++;
        return true;
      }
      return false;
    }

    Arg operand() {
      if (atEnd()) {
        return null;
      }
      if (accept("(")) {
        Arg inner = operand();
        return inner != null && accept(")") ? inner : null;
      }
      Token tok = next();
      return switch (tok.kind()) {
        case LITERAL -> Arg.value(tok.text());
        case NAME ->
            tok.text().equals("max") || tok.text().equals("min") ? null : Arg.ref(tok.text());
        case SYMBOL -> null;
      };
    }
  }
}
