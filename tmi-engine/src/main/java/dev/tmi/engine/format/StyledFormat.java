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
import java.util.ArrayList;
import java.util.List;

/**
 * TAIL-CoT-styled: the same steps as the minimal form, each said in a sentence, after the paper's
 * knapsack and word-flip examples:
 *
 * <pre>
 * Now we get to {0,10}.
 * We have s0 = -5957, s1 = -5259 and Find = -5259.
 * We compute 0 + 10 = 10.
 * We check that 3514 &gt; -5259.
 * So we set hi = 4.
 * Then we go from {0,10} to {0,4}.
 * ...
 * Then we stop at {1,1}.
 * </pre>
 */
public final class StyledFormat extends LineFormat {
  /** The shared instance; formats are stateless. */
  public static final StyledFormat INSTANCE = new StyledFormat();

  private static final String STATE = "Now we get to ";
  private static final String FETCH = "We have ";
  private static final String COMPUTE = "We compute ";
  private static final String CHECK = "We check that ";
  private static final String WRITE = "So we set ";
  private static final String GO = "Then we go from ";
  private static final String GO_TO = " to ";
  private static final String STOP = "Then we stop at ";

  private StyledFormat() {}

  @Override
  void renderState(String label, TextBuffer out) {
    out.append(STATE).append(label).append('.');
  }

  @Override
  void runStart(boolean writes, TextBuffer out) {
    out.append(writes ? WRITE : FETCH);
  }

  @Override
  void runItem(boolean writes, int k, boolean last, String name, String value, TextBuffer out) {
    if (k > 0) {
      out.append(last ? " and " : ", ");
    }
    out.append(name).append(" = ").append(value);
  }

  @Override
  void runEnd(boolean writes, TextBuffer out) {
    out.append('.');
  }

  @Override
  void renderOp(Operator operator, Operand[] args, boolean names, String result, TextBuffer out) {
    out.append(operator == Operator.REL ? CHECK : COMPUTE);
    OpSyntax.render(operator, args, names, result, true, out);
    out.append('.');
  }

  @Override
  void renderGoto(String from, String to, TextBuffer out) {
    out.append(GO).append(from).append(GO_TO).append(to).append('.');
  }

  @Override
  void renderHalt(String from, TextBuffer out) {
    out.append(STOP).append(from).append('.');
  }

  @Override
  LineResult parseLine(String line, String current) {
    if (!line.endsWith(".")) {
      return LineResult.error("a sentence ends with a period");
    }
    String body = line.substring(0, line.length() - 1);
    if (body.startsWith(STATE)) {
      String label = body.substring(STATE.length());
      return Labels.isValid(label)
          ? LineResult.of(new State(label, null))
          : LineResult.error("invalid state label " + label);
    }
    if (body.startsWith(FETCH) || body.startsWith(WRITE)) {
      boolean fetch = body.startsWith(FETCH);
      List<String> items = splitItems(body.substring((fetch ? FETCH : WRITE).length()));
      if (items == null) {
        return LineResult.error("unbalanced quotes");
      }
      List<Event> out = new ArrayList<>(items.size());
      for (String item : items) {
        var pair = Assignments.parseOne(Lexer.tokenize(item, 0, item.length()));
        if (pair == null) {
          return LineResult.error("expected name = value, got '" + item + "'");
        }
        out.add(
            fetch ? new Fetch(pair.name(), pair.value()) : new Write(pair.name(), pair.value()));
      }
      return new LineResult(out, null);
    }
    if (body.startsWith(COMPUTE) || body.startsWith(CHECK)) {
      boolean check = body.startsWith(CHECK);
      String expr = body.substring((check ? CHECK : COMPUTE).length());
      List<Token> tokens = Lexer.tokenize(expr, 0, expr.length());
      Op op = tokens == null ? null : OpSyntax.parse(tokens);
      if (op == null || (op.operator() == Operator.REL) != check) {
        return LineResult.error("malformed operation");
      }
      return LineResult.of(op);
    }
    if (body.startsWith(GO)) {
      String rest = body.substring(GO.length());
      int to = rest.indexOf(GO_TO);
      if (to < 0) {
        return LineResult.error("expected 'from A to B'");
      }
      String from = rest.substring(0, to);
      String next = rest.substring(to + GO_TO.length());
      if (current == null || !from.equals(current)) {
        return LineResult.error("transition from " + from + " but the open state is " + current);
      }
      return Labels.isValid(next)
          ? LineResult.of(new Goto(next))
          : LineResult.error("invalid next state " + next);
    }
    if (body.startsWith(STOP)) {
      String from = body.substring(STOP.length());
      if (current == null || !from.equals(current)) {
        return LineResult.error("stop at " + from + " but the open state is " + current);
      }
      return LineResult.of(halt());
    }
    return LineResult.error("not a sentence of this format");
  }

  /** Splits "x = 1, y = 2 and z = 3" outside quotes; {@code null} on unbalanced quotes. */
  static List<String> splitItems(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',' && s.startsWith(", ", i)) {
        out.add(s.substring(start, i));
        start = i + 2;
        i++;
      } else if (c == ' ' && s.startsWith(" and ", i)) {
        out.add(s.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    if (quote != 0) {
      return null;
    }
    out.add(s.substring(start));
    return out;
  }
}
