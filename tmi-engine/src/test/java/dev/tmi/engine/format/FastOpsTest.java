package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.trace.Arg;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FastOpsTest {

  /** What the general tokenizing parser makes of a line. */
  private static Op general(String line) {
    List<Token> tokens = Lexer.tokenize(line, 0, line.length());
    return tokens == null ? null : OpSyntax.parse(tokens);
  }

  @Property(tries = 20000)
  void agreesWithTheGeneralParserWheneverItAnswers(@ForAll("opLike") String line) {
    Op fast = FastOps.parse(line, 0, line.length());
    if (fast != null) {
      assertThat(fast).as(line).isEqualTo(general(line));
    }
  }

  @Provide
  Arbitrary<String> opLike() {
    // Mostly well-formed operations, with the characters that make them go wrong mixed in.
    Arbitrary<String> number = Arbitraries.integers().between(-999, 99999).map(String::valueOf);
    Arbitrary<String> quoted =
        Arbitraries.of(
            "'a'",
            "' '",
            "'='",
            "'\\''",
            "'\\n'",
            "'\\\\'",
            "''",
            "'ab'",
            "\"\"",
            "\"ab\"",
            "\"a\\\"b\"",
            "\"a",
            "'a",
            "\"=\"");
    Arbitrary<String> word = Arbitraries.of("inf", "inf", "infx", "in", "max(", "min(", "max", "x");
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars("0123456789-+*/%=<>!(). ax,'\"\\")
            .ofMinLength(1)
            .ofMaxLength(3);
    Arbitrary<String> piece = Arbitraries.oneOf(number, number, number, quoted, word, noise);
    Arbitrary<String> sym =
        Arbitraries.of("+", "-", "*", "//", "%", "=", "<", ">", "==", "!=", ",", ")", ")=");
    return Arbitraries.oneOf(
        piece
            .list()
            .ofMinSize(1)
            .ofMaxSize(5)
            .flatMap(ps -> sym.list().ofSize(ps.size()).map(ss -> interleave(ps, ss))),
        Arbitraries.oneOf(number, quoted, word)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .flatMap(
                ps ->
                    Arbitraries.of("max(", "min(")
                        .flatMap(
                            f ->
                                Arbitraries.oneOf(number, quoted, word)
                                    .map(r -> f + String.join(",", ps) + ")=" + r))),
        Arbitraries.strings().withChars("0123456789-+*/%=<>!(). ax,'\"in").ofMaxLength(12));
  }

  private static String interleave(List<String> pieces, List<String> symbols) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      sb.append(pieces.get(i));
      if (i < pieces.size() - 1) {
        sb.append(symbols.get(i));
      }
    }
    return sb.toString();
  }

  @Test
  void readsTheCommonLinesItself() {
    assertThat(FastOps.parse("3+5+0=8", 0, 7))
        .isEqualTo(
            new Op(Operator.ADD, List.of(Arg.value("3"), Arg.value("5"), Arg.value("0")), "8"));
    assertThat(FastOps.parse("9<41", 0, 4))
        .isEqualTo(new Op(Operator.REL, List.of(Arg.value("9"), Arg.value("41")), "<"));
    for (String line :
        new String[] {
          "41%3=2",
          "10//2=5",
          "3--5=8",
          "2!=0",
          "3514>-5259",
          "max(3,4)=4",
          "min(inf,-4,7)=-4",
          "max(5)=5",
          "max(82,69,98,17,1,62,29)=98",
          "1+2+3+4+5+6=21",
          "4<inf",
          "inf==inf",
          "3+4=inf",
          "'a'+'b'=\"ab\"",
          "\"\"+'.'=\".\"",
          "'e'=='e'",
          "' '!='e'",
          "'\\''<'a'"
        }) {
      assertThat(FastOps.parse(line, 0, line.length()))
          .as(line)
          .isNotNull()
          .isEqualTo(general(line));
    }
    assertThat(FastOps.parse("'e'!='f'", 0, 8).args().get(0).value())
        .isSameAs(Literals.ofChar('e'));
  }

  @Test
  void leavesEverythingElseToTheGeneralParser() {
    for (String line :
        new String[] {
          "a3+b3=7",
          "3-(-5)=8",
          "max(a,4)=4",
          "max(3,4)==4",
          "max()=0",
          "maxi(3)=3",
          "1.5+2=3.5",
          "infx<3",
          "3<-inf",
          "'ab'<'a'",
          "''<'a'",
          "'a<'b'",
          "max(3,4)",
          "3+4*5=23",
          "3*4*5=60",
          "3 + 4 = 7",
          "3+4==7",
          "3->4",
          "3=4",
          "x<3"
        }) {
      assertThat(FastOps.parse(line, 0, line.length())).as(line).isNull();
    }
  }
}
