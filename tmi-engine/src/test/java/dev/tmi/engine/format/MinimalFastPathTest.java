package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.State;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The minimal format's fast path reads every line exactly as its general line parser does. */
class MinimalFastPathTest {

  /** Parses with {@link LineFormat#parseLine} alone, as the format did before its fast path. */
  private static ParsedTrace general(String text) {
    List<Event> events = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<ParseError> errors = new ArrayList<>();
    String current = null;
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length; i++) {
      String line = split[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      LineFormat.LineResult r;
      try {
        r = MinimalFormat.INSTANCE.parseLine(line, current);
      } catch (RuntimeException e) {
        r = LineFormat.LineResult.error("unreadable line: " + e.getMessage());
      }
      if (r.error() != null) {
        errors.add(ParseError.of(i + 1, events.size(), line, r.error()));
        continue;
      }
      for (Event e : r.events()) {
        if (e instanceof State s) {
          current = s.label();
        } else if (e instanceof Goto g) {
          current = g.label();
        }
        events.add(e);
        lines.add(i + 1);
      }
    }
    return new ParsedTrace(events, lines, errors);
  }

  @Provide
  Arbitrary<String> traceLike() {
    Arbitrary<String> label = Arbitraries.of("col0", "col1", "{0,4}", "dp[3][7]", "F", "x y");
    Arbitrary<String> number = Arbitraries.of("0", "7", "-0", "007", "-12", "1023", "1024", "3.5");
    Arbitrary<String> name = Arbitraries.of("a0", "carry", "s[1]", "inf", "max", "b_2");
    Arbitrary<String> assignment =
        net.jqwik.api.Combinators.combine(name, Arbitraries.of("=", ":=", " = "), number)
            .as((n, s, v) -> n + s + v);
    Arbitrary<String> line =
        Arbitraries.oneOf(
            label,
            net.jqwik.api.Combinators.combine(label, Arbitraries.of(" -> ", "->", " ->  "), label)
                .as((a, s, b) -> a + s + b),
            assignment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(", ", l)),
            net.jqwik.api.Combinators.combine(
                    number, Arbitraries.of("+", "-", "*", "//", "%", "<", ">", "==", "!="), number)
                .as((a, s, b) -> a + s + b),
            net.jqwik.api.Combinators.combine(number, number, number)
                .as((a, b, c) -> a + "+" + b + "=" + c),
            Arbitraries.of(
                "max(3,4)=4",
                "min(inf,2)=2",
                "max(a0,3)=3",
                "4<inf",
                "'e'=='e'",
                "' '!='e'",
                "\"\"+'.'=\".\"",
                "'ab'=='a'"),
            Arbitraries.strings().withChars("ab01=-> ,:'\"").ofMaxLength(10));
    return line.list().ofMaxSize(12).map(l -> String.join("\n", l));
  }

  @Property(tries = 5000)
  void readsEveryLineAsTheGeneralParserDoes(@ForAll("traceLike") String text) {
    ParsedTrace fast = MinimalFormat.INSTANCE.parse(text);
    ParsedTrace slow = general(text);
    assertThat(fast.events()).as(text).isEqualTo(slow.events());
    assertThat(fast.lines()).as(text).isEqualTo(slow.lines());
    assertThat(fast.errors()).as(text).isEqualTo(slow.errors());
  }

  @Test
  void sharesCachedLiteralsOnlyForCanonicalSmallIntegers() {
    assertThat(Literals.slice("x=7,", 2, 3)).isSameAs(Literals.of(7));
    assertThat(Literals.slice("-1024", 0, 5)).isSameAs(Literals.of(-1024));
    assertThat(Literals.slice("1023", 0, 4)).isSameAs(Literals.of(1023));
    assertThat(Literals.slice("1024", 0, 4)).isEqualTo("1024");
    for (String text : List.of("-0", "007", "00", "-", "1a", "'7'", "inf", "12345")) {
      assertThat(Literals.slice(text, 0, text.length())).isEqualTo(text);
    }
  }
}
