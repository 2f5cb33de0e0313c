package dev.tmi.engine.format;

import dev.tmi.engine.machine.Labels;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal format with every redundant character removed, for tiny character-level models (the
 * CPU lab), where each character costs a token:
 *
 * <pre>
 * col0
 * a0=4,b0=7,carry=0
 * 4+7+0=11
 * s0:=1,carry:=1
 * &gt;col1
 * </pre>
 *
 * A transition that opens the next state is written {@code >NEXT} and stands for both the
 * transition and the next state's header (the minimal format writes {@code col0 -> col1} and then
 * {@code col1}); {@code >F} halts; a transition not followed by its state is {@code ->NEXT}.
 * Fetches and writes drop the space after the comma. Operations are written as in the minimal
 * format. It carries exactly the same events: parsing the text gives them back.
 */
public final class CompactFormat implements TraceFormat {
  /** The shared instance; formats are stateless. */
  public static final CompactFormat INSTANCE = new CompactFormat();

  private CompactFormat() {}

  @Override
  public void render(List<Event> events, TextBuffer out) {
    int n = events.size();
    int i = 0;
    boolean first = true;
    while (i < n) {
      if (!first) {
        out.newline();
      }
      first = false;
      Event e = events.get(i);
      if (e instanceof State s) {
        out.append(s.label());
        i++;
      } else if (e instanceof Fetch || e instanceof Write) {
        boolean fetch = e instanceof Fetch;
        int j = i;
        while (j < n && (fetch ? events.get(j) instanceof Fetch : events.get(j) instanceof Write)) {
          if (j > i) {
            out.append(',');
          }
          if (fetch) {
            Fetch f = (Fetch) events.get(j);
            out.append(f.name()).append('=').append(f.value());
          } else {
            Write w = (Write) events.get(j);
            out.append(w.name()).append(":=").append(w.value());
          }
          j++;
        }
        i = j;
      } else if (e instanceof Op op) {
        OpSyntax.render(op, false, out);
        i++;
      } else if (e instanceof Goto g) {
        boolean opens =
            i + 1 < n && events.get(i + 1) instanceof State s && s.label().equals(g.label());
        out.append(opens ? ">" : "->").append(g.label());
        i += opens ? 2 : 1;
      } else {
        out.append(">F");
        i++;
      }
    }
  }

  @Override
  public ParsedTrace parse(String text) {
    List<Event> events = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<ParseError> errors = new ArrayList<>();
    int lineNo = 0;
    int pos = 0;
    int len = text.length();
    while (pos <= len) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? len : nl;
      lineNo++;
      String line = text.substring(pos, end).strip();
      pos = end + 1;
      if (!line.isEmpty()) {
        List<Event> read;
        String error = null;
        try {
          read = parseLine(line);
          if (read == null) {
            error = "not a state, fetch, operation, write or transition";
          }
        } catch (RuntimeException ex) {
          read = null;
          error = "unreadable line: " + ex.getMessage();
        }
        if (read == null) {
          errors.add(ParseError.of(lineNo, events.size(), line, error));
        } else {
          for (Event e : read) {
            events.add(e);
            lines.add(lineNo);
          }
        }
      }
      if (nl < 0) {
        break;
      }
    }
    return new ParsedTrace(events, lines, errors);
  }

  private static List<Event> parseLine(String line) {
    if (line.startsWith("->")) {
      String to = line.substring(2).strip();
      return Labels.isValid(to) ? List.of(new Goto(to)) : null;
    }
    if (line.startsWith(">")) {
      String to = line.substring(1).strip();
      if (to.equals("F")) {
        return List.of(Halt.INSTANCE);
      }
      return Labels.isValid(to) ? List.of(new Goto(to), new State(to, null)) : null;
    }
    List<Token> tokens = Lexer.tokenize(line, 0, line.length());
    if (tokens != null && tokens.size() >= 3 && tokens.get(0).kind() == Token.Kind.NAME) {
      if (tokens.get(1).is(":=")) {
        var pairs = Assignments.parse(tokens, ":=");
        return pairs == null
            ? null
            : LineFormat.toEvents(pairs, p -> new Write(p.name(), p.value()));
      }
      if (tokens.get(1).is("=")) {
        var pairs = Assignments.parse(tokens, "=");
        return pairs == null
            ? null
            : LineFormat.toEvents(pairs, p -> new Fetch(p.name(), p.value()));
      }
    }
    if (tokens != null) {
      Op op = OpSyntax.parse(tokens);
      if (op != null) {
        return List.of(op);
      }
    }
    return Labels.isValid(line) ? List.of(new State(line, null)) : null;
  }
}
