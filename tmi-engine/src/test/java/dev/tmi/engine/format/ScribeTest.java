package dev.tmi.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.Val;
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
  void oneRunWritesSeveralFormatsEachToItsOwnBuffer() {
    TextBuffer minimal = TextBuffer.plain();
    TextBuffer styled = TextBuffer.json();
    Scribe s =
        new Scribe(
            List.of(MinimalFormat.INSTANCE, StyledFormat.INSTANCE), List.of(minimal, styled));
    algorithm(s);
    assertThat(minimal.toString()).isEqualTo(rendered(MinimalFormat.INSTANCE, TextBuffer.plain()));
    assertThat(styled.toString()).isEqualTo(rendered(StyledFormat.INSTANCE, TextBuffer.json()));
  }

  @Test
  void itRefusesWhatItCannotWriteAndAnUnfinishedRun() {
    assertThat(Scribe.canWrite(CompactFormat.INSTANCE)).isFalse();
    assertThatThrownBy(() -> new Scribe(CompactFormat.INSTANCE, TextBuffer.plain()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CompactFormat");
    assertThatThrownBy(() -> new Scribe(List.of(MinimalFormat.INSTANCE), List.of()))
        .hasMessageContaining("1 formats but 0 buffers");
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
}
