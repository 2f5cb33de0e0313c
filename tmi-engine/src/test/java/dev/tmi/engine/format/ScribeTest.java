package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Names;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.variant.HideFetches;
import dev.tmi.engine.variant.HideOperandNames;
import dev.tmi.engine.variant.MergeGroups;
import dev.tmi.engine.variant.SkipIdleStates;
import dev.tmi.engine.variant.Stage;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.variant.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A scribe writes, while the algorithm runs, the text rendered from the recorded execution. */
class ScribeTest {

  /** Runs of one, two and three fetches and writes, every kind of operation, a negative operand. */
  private static void algorithm(Machine m) {
    m.init("a", 4);
    m.init("b", -7);
    m.init("c", 2);
    m.state("idle");
    m.fetch("c");
    m.state("s0", "g");
    Val a = m.fetch("a");
    Val sum = m.add(a, m.fetch("b"), m.fetch("c"));
    m.write("x", sum);
    m.state("s1", "g");
    Val x = m.fetch("x");
    Val b = m.fetch("b");
    m.compare(x, b);
    m.write("y", m.max(x, b, Machine.lit(3)));
    m.write("z", m.sub(x, b));
    m.write("w", "'q'");
    m.write("v", 1);
    m.state("s2");
    m.equal(m.fetch("y"), Machine.lit(3));
    m.halt();
  }

  private static String written(TraceFormat format, TextBuffer out) {
    Scribe s = new Scribe(format, out);
    algorithm(s);
    s.requireHalted();
    return out.toString();
  }

  private static String rendered(TraceFormat format, TextBuffer out) {
    Recorder r = new Recorder();
    algorithm(r);
    format.render(r.trace().events(), out);
    return out.toString();
  }

  @Test
  void itWritesTheRenderedTextOfEachLineFormatPlainAndEscaped() {
    for (TraceFormat f : List.of(MinimalFormat.INSTANCE, StyledFormat.INSTANCE)) {
      assertThat(written(f, TextBuffer.plain())).isEqualTo(rendered(f, TextBuffer.plain()));
      assertThat(written(f, TextBuffer.json())).isEqualTo(rendered(f, TextBuffer.json()));
    }
  }

  @Test
  void theStyledFormatJoinsTheLastItemWithAnd() {
    assertThat(written(StyledFormat.INSTANCE, TextBuffer.plain()))
        .isEqualTo(
            String.join(
                "\n",
                "Now we get to idle.",
                "We have c = 2.",
                "Then we go from idle to s0.",
                "Now we get to s0.",
                "We have a = 4, b = -7 and c = 2.",
                "We compute 4 + (-7) + 2 = -1.",
                "So we set x = -1.",
                "Then we go from s0 to s1.",
                "Now we get to s1.",
                "We have x = -1 and b = -7.",
                "We check that -1 > -7.",
                "We compute max(-1, -7, 3) = 3.",
                "So we set y = 3.",
                "We compute -1 - (-7) = 6.",
                "So we set z = 6, w = 'q' and v = 1.",
                "Then we go from s1 to s2.",
                "Now we get to s2.",
                "We have y = 3.",
                "We check that 3 == 3.",
                "Then we stop at s2."));
  }

  @Test
  void oneRunWritesEveryVariantItCanEachAsTheVariantRendersIt() {
    List<Variant> variants =
        Variants.BUILT_IN.stream().filter(v -> v.scribeView().isPresent()).toList();
    assertThat(variants)
        .extracting(Variant::id)
        .containsExactly("tail", "tail-styled", "no-linear", "no-atomic", "no-fetcher");
    for (boolean json : new boolean[] {false, true}) {
      List<Scribe.Page> pages = new ArrayList<>();
      for (Variant v : variants) {
        TextBuffer out = json ? TextBuffer.json() : TextBuffer.plain();
        pages.add(new Scribe.Page(v.format(), v.scribeView().orElseThrow(), out));
      }
      Scribe s = new Scribe(pages);
      algorithm(s);
      Recorder r = new Recorder();
      algorithm(r);
      for (int i = 0; i < variants.size(); i++) {
        TextBuffer expected = json ? TextBuffer.json() : TextBuffer.plain();
        variants.get(i).render(r.trace().events(), expected);
        assertThat(pages.get(i).out().toString())
            .as(variants.get(i).id())
            .isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void withoutLinearTransitionTheStatesThatWriteNothingAreTakenBack() {
    TextBuffer out = TextBuffer.plain();
    Scribe s = scribe(Variants.NO_LINEAR, out);
    algorithm(s);
    // "idle" and "s2" write nothing; no transitions.
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                "\n",
                "s0",
                "a=4, b=-7, c=2",
                "4+(-7)+2=-1",
                "x:=-1",
                "s1",
                "x=-1, b=-7",
                "-1>-7",
                "max(-1,-7,3)=3",
                "y:=3",
                "-1-(-7)=6",
                "z:=6, w:='q', v:=1"));
  }

  @Test
  void withoutMemoryFetcherOperandsAreNamedAndWritesAcrossADroppedFetchJoin() {
    TextBuffer out = TextBuffer.plain();
    Scribe s = scribe(Variants.NO_FETCHER, out);
    Consumer<Machine> algorithm =
        m -> {
          m.init("a", 1);
          m.state("s0");
          m.write("x", m.fetch("a"));
          m.fetch("a");
          m.write("w", 7);
          m.write("y", m.add(m.fetch("a"), Machine.lit(-2)));
          m.write("z", 5);
          m.halt();
        };
    algorithm.accept(s);
    assertThat(out.toString()).isEqualTo("s0\nx:=1, w:=7\na+(-2)=-1\ny:=-1, z:=5\ns0 -> F");
    Recorder r = new Recorder();
    algorithm.accept(r);
    assertThat(out.toString()).isEqualTo(Variants.NO_FETCHER.render(r.trace().events()));
  }

  @Test
  void onlyAScribeThatNamesOperandsMakesValuesThatKnowTheirCell() {
    Consumer<Machine> algorithm =
        m -> {
          m.init("a", 4);
          m.state("s0");
        };
    for (List<Variant> pages :
        List.of(
            List.<Variant>of(),
            List.of(Variants.TAIL),
            List.of(Variants.NO_ATOMIC, Variants.NO_LINEAR),
            List.of(Variants.NO_FETCHER),
            List.of(Variants.TAIL, Variants.NO_FETCHER))) {
      List<Scribe.Page> ps = new ArrayList<>();
      for (Variant v : pages) {
        ps.add(new Scribe.Page(v.format(), v.scribeView().orElseThrow(), TextBuffer.plain()));
      }
      Scribe s = new Scribe(ps);
      algorithm.accept(s);
      Val a = s.fetch("a");
      assertThat(a.text()).isEqualTo("4");
      assertThat(a.ref())
          .as("fetched with pages %s", pages)
          .isEqualTo(pages.contains(Variants.NO_FETCHER) ? "a" : null);
    }
  }

  @Test
  void withoutLinearTransitionAStateAfterOneThatWroteIsHeldOnceSuchStatesAreUsuallyIdle() {
    // Phases of states that mostly follow a writer and write nothing (so that the page starts
    // holding them back), then phases where they write (so that it stops), then idle again.
    Consumer<Machine> algorithm =
        m -> {
          m.init("n", 0);
          int k = 0;
          for (int phase = 0; phase < 4; phase++) {
            for (int i = 0; i < 12; i++) {
              m.state(Names.indexed("w", k++));
              Val n = m.fetch("n");
              m.write("n", m.add(n, Machine.lit(1)));
              m.state(Names.indexed("t", k++));
              Val t = m.fetch("n");
              m.compare(t, Machine.lit(5));
              if (phase % 2 == 1 || i % 5 == 0) {
                m.write("m" + i, m.mul(t, Machine.lit(2)));
              }
              m.state(Names.indexed("u", k++));
              m.equal(m.fetch("n"), Machine.lit(-1));
            }
          }
          m.halt();
        };
    TextBuffer out = TextBuffer.plain();
    Scribe s = scribe(Variants.NO_LINEAR, out);
    algorithm.accept(s);
    Recorder r = new Recorder();
    algorithm.accept(r);
    assertThat(out.toString()).isEqualTo(Variants.NO_LINEAR.render(r.trace().events()));
    assertThat(out.toString()).contains("t1\n").doesNotContain("u2\n");
  }

  /**
   * Without Linear Transition, a run's first state is held back once first states have been idle in
   * earlier runs, and written when it writes: phases of runs whose first state writes nothing, then
   * runs whose first state writes (held, then released), then idle again, each run's text as
   * rendered from its recorded execution.
   */
  @Test
  void withoutLinearTransitionARunsFirstStateIsHeldOnceFirstStatesAreUsuallyIdle() {
    TextBuffer out = TextBuffer.plain();
    Scribe s = scribe(Variants.NO_LINEAR, out);
    for (int run = 0; run < 90; run++) {
      boolean firstWrites = run / 30 == 1 || run % 7 == 0;
      int seed = run;
      Consumer<Machine> algorithm =
          m -> {
            m.init("n", seed);
            m.state("call");
            Val n = m.fetch("n");
            m.compare(n, Machine.lit(40));
            if (firstWrites) {
              m.write("m", m.add(n, Machine.lit(1)));
            }
            m.state("next");
            m.write("k", m.mul(m.fetch("n"), Machine.lit(2)));
            m.halt();
          };
      out.reset();
      s.restart();
      algorithm.accept(s);
      Recorder r = new Recorder();
      algorithm.accept(r);
      assertThat(out.toString())
          .as("run %d", run)
          .isEqualTo(Variants.NO_LINEAR.render(r.trace().events()));
      assertThat(out.toString().startsWith("call\n")).as("run %d", run).isEqualTo(firstWrites);
    }
  }

  /**
   * A held state's steps keep their operands: the operands' array of a task's own {@code apply} is
   * copied (the task changes it afterwards), and the operands of two-operand steps and comparisons
   * are kept as they are.
   */
  @Test
  void heldStepsKeepTheirOperandsWhateverTheTaskDoesWithItsArrays() {
    Consumer<Machine> algorithm =
        m -> {
          m.init("a", 2);
          m.init("b", 3);
          m.state("idle");
          m.fetch("a");
          // Held: it follows an idle state, and writes only at its end.
          m.state("held");
          Val a = m.fetch("a");
          Val b = m.fetch("b");
          Val[] operands = {a, b};
          Val sum = m.apply(dev.tmi.engine.trace.Operator.ADD, operands);
          operands[0] = Machine.lit(40);
          operands[1] = Machine.lit(50);
          Val product = m.mul(sum, b);
          m.compare(product, a);
          m.equal(a, b);
          m.write("p", m.add(product, m.max(a, b)));
          m.halt();
        };
    for (Variant v : List.of(Variants.NO_LINEAR, Variants.TAIL, Variants.NO_FETCHER)) {
      TextBuffer out = TextBuffer.plain();
      algorithm.accept(scribe(v, out));
      Recorder r = new Recorder();
      algorithm.accept(r);
      TextBuffer expected = TextBuffer.plain();
      v.render(r.trace().events(), expected);
      assertThat(out.toString())
          .as(v.id())
          .isEqualTo(expected.toString())
          .contains(v == Variants.NO_FETCHER ? "a+b=5" : "2+3=5");
    }
  }

  /** A scribe writing one variant. */
  private static Scribe scribe(Variant v, TextBuffer out) {
    return new Scribe(List.of(new Scribe.Page(v.format(), v.scribeView().orElseThrow(), out)));
  }

  private static Variant variant(Stage... stages) {
    return new Variant("v", "V", "test", List.of(stages), MinimalFormat.INSTANCE);
  }

  @Test
  void itRefusesWhatItCannotWriteAndAnUnfinishedRun() {
    assertThat(Scribe.canWrite(CompactFormat.INSTANCE)).isFalse();
    assertThatThrownBy(() -> new Scribe(CompactFormat.INSTANCE, TextBuffer.plain()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CompactFormat");
    // A scribe merges the machine's own states, so merging after another stage is left to the
    // renderer, and so is a stage after merging that would act on the merged steps.
    assertThat(variant(new HideFetches(), new MergeGroups()).scribeView()).isEmpty();
    assertThat(variant(new MergeGroups(), new SkipIdleStates()).scribeView()).isEmpty();
    assertThat(variant(new MergeGroups(), new HideOperandNames()).scribeView()).isPresent();
    assertThat(variant(new HideFetches(), new HideOperandNames()).scribeView()).isEmpty();
    assertThat(Variants.DIRECT.scribeView()).isEmpty();
    Scribe s = new Scribe(MinimalFormat.INSTANCE, TextBuffer.plain());
    Consumer<Machine> unfinished =
        m -> {
          m.init("a", 1);
          m.state("s0");
          m.fetch("a");
        };
    unfinished.accept(s);
    assertThatThrownBy(s::requireHalted).hasMessageContaining("did not halt");
    assertThatThrownBy(() -> s.fetch("nope")).hasMessageContaining("unknown cell nope");
  }

  @Test
  void aRestartedScribeForgetsTheLastRunsValuesAndChecksABadNameEveryTime() {
    Scribe s = new Scribe(MinimalFormat.INSTANCE, TextBuffer.plain());
    s.init("a", 1);
    s.state("s0");
    s.write("b", 2);
    s.halt();
    s.restart();
    s.init("a", 3);
    s.state("s0");
    assertThat(s.fetch("a").text()).isEqualTo("3");
    assertThatThrownBy(() -> s.fetch("b")).hasMessageContaining("unknown cell b");
    for (int run = 0; run < 2; run++) {
      s.restart();
      s.state("s0");
      assertThatThrownBy(() -> s.write("bad name", 1)).hasMessageContaining("invalid cell name");
    }
  }
}
