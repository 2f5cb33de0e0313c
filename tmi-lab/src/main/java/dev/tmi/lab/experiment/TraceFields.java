package dev.tmi.lab.experiment;

import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.format.TraceFormat;
import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which part of a step each character of a response belongs to, read back through the format's
 * parser: a state header, the next state of a transition, a fetched cell's name or value, an
 * operation's operands or result, a written cell's name or value, the boxed answer, or structure
 * (separators, newlines). This is what {@link FieldProbe} scores separately, so that a model's
 * failure on longer inputs can be traced to copying, computing, counting or answering.
 */
public final class TraceFields {
  private TraceFields() {}

  /** A kind of field. */
  public enum Field {
    STATE("state header"),
    NEXT_STATE("next state"),
    FETCH_NAME("fetched name"),
    FETCH_VALUE("fetched value"),
    OPERANDS("operands"),
    RESULT("result"),
    WRITE_NAME("written name"),
    WRITE_VALUE("written value"),
    ANSWER("boxed answer"),
    STRUCTURE("separators");

    private final String title;

    Field(String title) {
      this.title = title;
    }

    /** A short human title. */
    public String title() {
      return title;
    }
  }

  /**
   * The field of each character of {@code response} (a chain of thought in {@code format}, then
   * optionally a {@code \boxed{...}} line). Lines the parser cannot read are structure.
   */
  public static Field[] classify(String response, TraceFormat format) {
    Field[] out = new Field[response.length()];
    Arrays.fill(out, Field.STRUCTURE);
    ParsedTrace parsed = format.parse(response);
    List<List<Event>> byLine = new ArrayList<>();
    for (int i = 0; i < parsed.events().size(); i++) {
      int line = parsed.lines().get(i);
      while (byLine.size() < line) {
        byLine.add(new ArrayList<>());
      }
      byLine.get(line - 1).add(parsed.events().get(i));
    }
    int pos = 0;
    int lineNo = 0;
    while (pos <= response.length()) {
      int nl = response.indexOf('\n', pos);
      int end = nl < 0 ? response.length() : nl;
      List<Event> events = lineNo < byLine.size() ? byLine.get(lineNo) : List.of();
      mark(response, pos, end, events, out);
      lineNo++;
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return out;
  }

  private static void mark(String text, int from, int to, List<Event> events, Field[] out) {
    String line = text.substring(from, to);
    // The parser would take the box line for a state label: it is checked first.
    if (line.startsWith("\\boxed{") && line.endsWith("}")) {
      fill(out, from + 7, to - 1, Field.ANSWER);
      return;
    }
    if (events.isEmpty()) {
      return;
    }
    Event first = events.get(0);
    if (first instanceof Goto || first instanceof Halt) {
      int label = line.startsWith("->") ? 2 : line.startsWith(">") ? 1 : 0;
      fill(out, from + label, to, Field.NEXT_STATE);
    } else if (first instanceof State) {
      fill(out, from, to, Field.STATE);
    } else if (first instanceof Fetch || first instanceof Write) {
      markAssignments(line, from, events, out);
    } else if (first instanceof Op op) {
      markOp(line, from, op, out);
    }
  }

  /** {@code name=value,name=value} or {@code name:=value,...}, as the events say. */
  private static void markAssignments(String line, int from, List<Event> events, Field[] out) {
    int at = 0;
    for (Event e : events) {
      boolean fetch = e instanceof Fetch;
      String name = fetch ? ((Fetch) e).name() : ((Write) e).name();
      String value = fetch ? ((Fetch) e).value() : ((Write) e).value();
      int n = line.indexOf(name, at);
      if (n < 0) {
        return; // not the compact spelling: leave the rest as structure
      }
      int v = line.indexOf(value, n + name.length());
      if (v < 0) {
        return;
      }
      fill(out, from + n, from + n + name.length(), fetch ? Field.FETCH_NAME : Field.WRITE_NAME);
      fill(out, from + v, from + v + value.length(), fetch ? Field.FETCH_VALUE : Field.WRITE_VALUE);
      at = v + value.length();
    }
  }

  /** The result is what follows the last {@code =}, or a relation's symbol. */
  private static void markOp(String line, int from, Op op, Field[] out) {
    fill(out, from, from + line.length(), Field.OPERANDS);
    if (op.operator() == Operator.REL) {
      // The left operand is written first, by value or (without the fetcher) by name.
      Arg left = op.args().get(0);
      String shown = left.value() != null ? left.value() : left.name();
      if (line.startsWith(shown) && line.startsWith(op.result(), shown.length())) {
        int r = shown.length();
        fill(out, from + r, from + r + op.result().length(), Field.RESULT);
      }
      return;
    }
    int eq = line.lastIndexOf('=');
    if (eq < 0 || !line.substring(eq + 1).equals(op.result())) {
      return;
    }
    fill(out, from + eq + 1, from + line.length(), Field.RESULT);
  }

  private static void fill(Field[] out, int from, int to, Field f) {
    Arrays.fill(out, Math.max(0, from), Math.min(out.length, Math.max(from, to)), f);
  }
}
