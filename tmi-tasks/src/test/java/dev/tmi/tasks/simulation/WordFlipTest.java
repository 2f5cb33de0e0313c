package dev.tmi.tasks.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFlipTest extends TaskContract<WordFlip.Instance> {
  private final WordFlip task = new WordFlip();

  @Override
  protected Task<WordFlip.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(WordFlip.Instance in) {
    return TextNode.valueOf(new StringBuilder(in.text()).reverse().toString());
  }

  /** Verification is the costly part; every eighth instance still verifies over a thousand. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void handCheckedTrace() {
    Recorder r = new Recorder();
    var answer = task.solve(new WordFlip.Instance("Go on."), r);
    assertThat(answer.boxed()).isEqualTo(".no oG");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "split",
                "text=\"Go on.\"",
                "c1:='G', c2:='o', c3:=' ', c4:='o', c5:='n', c6:='.', r:=\"\"",
                "split -> idx6",
                "idx6",
                "c6='.', r=\"\"",
                "\"\"+'.'=\".\"",
                "r:=\".\"",
                "idx6 -> idx5",
                "idx5",
                "c5='n', r=\".\"",
                "\".\"+'n'=\".n\"",
                "r:=\".n\"",
                "idx5 -> idx4",
                "idx4",
                "c4='o', r=\".n\"",
                "\".n\"+'o'=\".no\"",
                "r:=\".no\"",
                "idx4 -> idx3",
                "idx3",
                "c3=' ', r=\".no\"",
                "\".no\"+' '=\".no \"",
                "r:=\".no \"",
                "idx3 -> idx2",
                "idx2",
                "c2='o', r=\".no \"",
                "\".no \"+'o'=\".no o\"",
                "r:=\".no o\"",
                "idx2 -> idx1",
                "idx1",
                "c1='G', r=\".no o\"",
                "\".no o\"+'G'=\".no oG\"",
                "r:=\".no oG\"",
                "idx1 -> F"));
    assertThat(Variants.TAIL_STYLED.render(r.trace().events()))
        .contains(
            "Now we get to idx4.\nWe have c4 = 'o' and r = \".n\".\n"
                + "We compute \".n\" + 'o' = \".no\".\nSo we set r = \".no\".");
    assertThat(Variants.NO_ATOMIC.render(r.trace().events()))
        .contains(
            "idx6to2\nc6='.', r=\"\", c5='n', c4='o', c3=' ', c2='o'\nr:=\".no o\"\n"
                + "idx6to2 -> idx1to1");
  }

  @Test
  void sentencesAreRealisticAndExactlyLong() {
    Set<String> words = new HashSet<>(WordFlip.WORDS);
    for (Split s : Split.values()) {
      for (int i = 0; i < 2000; i++) {
        var in = Drawn.draw(task, 9, "gen", i, s).instance();
        String t = in.text();
        assertThat(task.info().range(s).contains(t.length())).isTrue();
        assertThat(t).matches("[A-Z][a-zA-Z ,]*[a-zA-Z][.!?]?").doesNotContain("  ");
        for (String w : t.substring(0, 1).toLowerCase().concat(t.substring(1)).split("[ ,.!?]+")) {
          assertThat(
                  words.contains(w)
                      || words.contains(w.substring(0, 1).toUpperCase() + w.substring(1)))
              .as("word %s in %s", w, t)
              .isTrue();
        }
      }
    }
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new WordFlip.Instance(" padded")))
        .hasMessageContaining("'text'");
    assertThatThrownBy(() -> task.validate(new WordFlip.Instance("a {brace}")))
        .hasMessageContaining("'text'");
    assertThatThrownBy(() -> task.validate(new WordFlip.Instance("")))
        .hasMessageContaining("'text'");
    task.validate(new WordFlip.Instance("It's a \"quoted\" back\\slash."));
  }

  @Test
  void quotesAndBackslashesSurviveTheRoundTrip() {
    var in = new WordFlip.Instance("It's \"x\" \\ y");
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    assertThat(answer.boxed()).isEqualTo("y \\ \"x\" s'tI");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(Variants.TAIL.format().parse(cot).events())
        .isEqualTo(Variants.TAIL.project(r.trace().events()));
  }

  @Test
  void longSamplesStayUnderTheSizeLimit() {
    TraceStats.assertBounded(task, 32_000);
  }
}
