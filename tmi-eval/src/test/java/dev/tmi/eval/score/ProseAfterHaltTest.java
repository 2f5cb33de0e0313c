package dev.tmi.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.eval.data.EvalSample;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The verifier finds prose after the halting state in the parse it already made; the scorer used to
 * parse the text again for it, which this test keeps as the reference implementation.
 */
class ProseAfterHaltTest {

  /** The scorer's former reading: parses the stripped text and cuts after the halting line. */
  static String byParsingAgain(Variant v, String cot) {
    String text = cot.strip();
    ParsedTrace p = v.format().parse(text);
    int halt = -1;
    for (int i = 0; i < p.events().size(); i++) {
      if (p.events().get(i) instanceof Halt) {
        halt = i;
        break;
      }
    }
    if (halt < 0 || halt != p.events().size() - 1 || p.errors().isEmpty()) {
      return null;
    }
    int line = p.lines().get(halt);
    int at = 0;
    for (int n = 0; n < line && at >= 0; n++) {
      at = text.indexOf('\n', at + (n == 0 ? 0 : 1));
    }
    return at < 0 ? null : text.substring(0, at);
  }

  @SuppressWarnings("unchecked")
  static <I> Verifier.Check check(EvalSample s, String output) {
    return Verifier.check((Task<I>) s.task(), (I) s.instance(), s.variant(), output);
  }

  @Property(tries = 1000, seed = "808")
  void theTrimmedCheckGivesTheVerdictsOfCheckingTheCutText(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int mutations,
      @ForAll @IntRange(min = 0, max = 3) int proseKind) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    Random rng = new Random(seed);
    String cot = s.sample().cot();
    if (mutations > 0) {
      cot = ScorerFuzzTest.mutate(cot, rng, mutations);
    }
    String prose =
        switch (proseKind) {
          case 0 -> "\nSo the answer is " + s.sample().boxed() + ".";
          case 1 -> "\n\nThat completes the trace.\nThe result follows.";
          case 2 -> "\r\nDone.";
          default -> "";
        };
    String reasoning = cot + prose;
    String box = "\n\\boxed{" + s.sample().boxed() + "}";
    String cut = byParsingAgain(s.variant(), reasoning);
    Optional<Verifier.Check> trimmed = check(s, reasoning + box).withoutProseAfterHalt();
    assertThat(trimmed.isPresent()).isEqualTo(cut != null);
    if (cut != null) {
      // The scorer judges the trimmed text exactly when the whole output's first error (against
      // the reference) is a format error, and decides so from the trimmed verdict alone.
      Verification whole = check(s, reasoning + box).reference();
      boolean formatFirst =
          whole.firstError() != null && whole.firstError().type() == ErrorType.FORMAT;
      assertThat(Verifier.proseComesFirst(trimmed.get().reference()))
          .as("%s", whole.firstError())
          .isEqualTo(formatFirst);
      Verifier.Check again = check(s, cut + box);
      assertThat(trimmed.get().reference()).isEqualTo(again.reference());
      assertThat(trimmed.get().selfConsistent()).isEqualTo(again.selfConsistent());
    }
  }
}
