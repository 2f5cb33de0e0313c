package dev.tmi.engine.format;

import dev.tmi.engine.machine.Labels;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operand;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.List;

/**
 * The minimal, symbolic TAIL-CoT, after the paper's binary-search example:
 *
 * <pre>
 * {0,10}
 * s0=-5957, s1=-5259, ..., s10=7333, Find=-5259
 * 0+10=10
 * 10//2=5
 * s5=3514
 * 3514&gt;-5259
 * hi:=4
 * {0,10} -&gt; {0,4}
 * </pre>
 *
 * A state header is its label alone on a line; fetches are {@code name=value}, writes {@code
 * name:=value}, an operation {@code expression=result} or the relation that holds, and the
 * transition {@code current -> next}, or {@code current -> F} for the halting state.
 */
public final class MinimalFormat extends LineFormat {
  /** The shared instance; formats are stateless. */
  public static final MinimalFormat INSTANCE = new MinimalFormat();

  private MinimalFormat() {}

  @Override
  void renderState(String label, TextBuffer out) {
    out.append(label);
  }

  @Override
  void runStart(boolean writes, TextBuffer out) {}

  @Override
  void runItem(boolean writes, int k, boolean last, String name, String value, TextBuffer out) {
    if (k > 0) {
      out.ascii(',', ' ');
    }
    out.append(name);
    if (writes) {
      out.ascii(':', '=');
    } else {
      out.ascii('=');
    }
    out.append(value);
  }

  @Override
  void runEnd(boolean writes, TextBuffer out) {}

  @Override
  void renderOp(Operator operator, Operand[] args, boolean names, String result, TextBuffer out) {
    OpSyntax.render(operator, args, names, result, false, out);
  }

  @Override
  void renderGoto(String from, String to, TextBuffer out) {
    out.append(from).ascii(' ', '-').ascii('>', ' ').append(to);
  }

  @Override
  void renderHalt(String from, TextBuffer out) {
    out.append(from).ascii(' ', '-').ascii('>', ' ').ascii('F');
  }

  @Override
  boolean parseFast(String text, int from, int to, boolean arrow, String current, List<Event> out) {
    if (arrow) {
      // A transition from the open state, as parseLine reads it; anything else goes there.
      int labelStart = from + (current == null ? 0 : current.length()) + 4;
      if (current == null
          || labelStart >= to
          || !text.startsWith(current, from)
          || !text.startsWith(" -> ", from + current.length())) {
        return false;
      }
      if (labelStart + 1 == to && text.charAt(labelStart) == 'F') {
        out.add(halt());
        return true;
      }
      String next = text.substring(labelStart, to);
      if (!Labels.isValid(next)) {
        return false;
      }
      out.add(new Goto(next));
      return true;
    }
    if (!out.isEmpty()
        && out.get(out.size() - 1) instanceof Goto g
        && g.label().length() == to - from
        && text.startsWith(g.label(), from)) {
      // The header of the state just announced: the label read with the transition.
      out.add(new State(g.label(), null));
      return true;
    }
    if (!relational(text, from, to)) {
      // A header, as parseLine reads a line without a transition, '=', '<' or '>'.
      String label = text.substring(from, to);
      if (!Labels.isValid(label)) {
        return false;
      }
      out.add(new State(label, null));
      return true;
    }
    if (FastAssignments.parse(text, from, to, out)) {
      return true;
    }
    Op op = FastOps.parse(text, from, to);
    if (op != null) {
      out.add(op);
      return true;
    }
    return false;
  }

  /** Whether {@code text[from, to)} holds '=', '<' or '>', as every non-header line does. */
  private static boolean relational(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '=' || c == '<' || c == '>') {
        return true;
      }
    }
    return false;
  }

  @Override
  LineResult parseLine(String line, String current) {
    int arrow = line.indexOf(" -> ");
    if (arrow >= 0) {
      String from = line.substring(0, arrow).strip();
      String to = line.substring(arrow + 4).strip();
      if (current == null || !from.equals(current)) {
        return LineResult.error("transition from " + from + " but the open state is " + current);
      }
      if (to.equals("F")) {
        return LineResult.of(halt());
      }
      if (!Labels.isValid(to)) {
        return LineResult.error("invalid next state " + to);
      }
      return LineResult.of(new Goto(to));
    }
    if (!relational(line, 0, line.length())) {
      // Every fetch, write and operation has '=', '<' or '>'; a header never does.
      return Labels.isValid(line)
          ? LineResult.of(new State(line, null))
          : LineResult.error("not a state, fetch, operation, write or transition");
    }
    // The one-scan readers already had this line in parseFast and declined it.
    List<Token> tokens = Lexer.tokenize(line, 0, line.length());
    if (tokens != null && tokens.size() >= 3 && tokens.get(0).kind() == Token.Kind.NAME) {
      if (tokens.get(1).is(":=")) {
        var pairs = Assignments.parse(tokens, ":=");
        return pairs == null
            ? LineResult.error("malformed writes")
            : new LineResult(toEvents(pairs, p -> new Write(p.name(), p.value())), null);
      }
      if (tokens.get(1).is("=")) {
        var pairs = Assignments.parse(tokens, "=");
        return pairs == null
            ? LineResult.error("malformed fetches")
            : new LineResult(toEvents(pairs, p -> new Fetch(p.name(), p.value())), null);
      }
    }
    if (tokens != null) {
      Op op = OpSyntax.parse(tokens);
      if (op != null) {
        return LineResult.of(op);
      }
    }
    if (Labels.isValid(line)) {
      return LineResult.of(new State(line, null));
    }
    return LineResult.error("not a state, fetch, operation, write or transition");
  }
}
