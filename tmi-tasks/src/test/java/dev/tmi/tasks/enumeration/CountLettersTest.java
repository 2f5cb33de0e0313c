package dev.tmi.tasks.enumeration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CountLettersTest extends TaskContract<CountLetters.Instance> {
  private final CountLetters task = new CountLetters();

  @Override
  protected Task<CountLetters.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(CountLetters.Instance in) {
    return LongNode.valueOf(in.text().chars().filter(c -> c == in.letter().charAt(0)).count());
  }

  /** The verifier is the slow part; one instance in eight still verifies over 1,200 traces. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void lengthIsTheNumberOfWords() {
    assertThat(task.lengths(new CountLetters.Instance("hi all", "l"))).isEqualTo(Map.of("n", 2));
    assertThat(task.lengths(new CountLetters.Instance("hi", "h"))).isEqualTo(Map.of("n", 1));
    for (Split split : Split.values()) {
      for (long i = 0; i < 200; i++) {
        CountLetters.Instance in = Drawn.draw(task, 5, "train", i, split).instance();
        assertThat(task.lengths(in).get("n")).isEqualTo(in.text().split(" ").length);
      }
    }
  }

  @Test
  void aLetterOfTheWordsIsTheLetterOfTheirConcatenation() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 2_000; trial++) {
      List<String> words = new ArrayList<>();
      for (int i = rng.nextInt(1, 8); i > 0; i--) {
        words.add(CountLetters.WORDS.get(rng.nextInt(CountLetters.WORDS.size())));
      }
      String joined = String.join("", words);
      for (int k = 0; k < joined.length(); k++) {
        assertThat(CountLetters.letterAt(words, k)).isEqualTo(joined.charAt(k));
      }
      int past = joined.length();
      assertThatThrownBy(() -> CountLetters.letterAt(words, past))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void handCheckedTrace() {
    var in = new CountLetters.Instance("hi all", "l");
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    assertThat(answer.boxed()).isEqualTo("2");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot)
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "cnt:=0",
                "start -> pos1",
                "pos1",
                "t1='h', letter='l', cnt=0",
                "'h'!='l'",
                "pos1 -> pos2",
                "pos2",
                "t2='i', letter='l', cnt=0",
                "'i'!='l'",
                "pos2 -> pos3",
                "pos3",
                "t3=' ', letter='l', cnt=0",
                "' '!='l'",
                "pos3 -> pos4",
                "pos4",
                "t4='a', letter='l', cnt=0",
                "'a'!='l'",
                "pos4 -> pos5",
                "pos5",
                "t5='l', letter='l', cnt=0",
                "'l'=='l'",
                "0+1=1",
                "cnt:=1",
                "pos5 -> pos6",
                "pos6",
                "t6='l', letter='l', cnt=1",
                "'l'=='l'",
                "1+1=2",
                "cnt:=2",
                "pos6 -> done",
                "done",
                "cnt=2",
                "ans:=2",
                "done -> F"));
    String noAtomic = Variants.NO_ATOMIC.render(r.trace().events());
    assertThat(noAtomic).contains("word2\nt4='a', letter='l', cnt=0, t5='l', t6='l'\ncnt:=2");
  }

  @Test
  void zeroCountAndOneWord() {
    assertThat(task.solve(new CountLetters.Instance("banana", "z"), new Recorder()).boxed())
        .isEqualTo("0");
    assertThat(task.solve(new CountLetters.Instance("banana", "a"), new Recorder()).boxed())
        .isEqualTo("3");
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new CountLetters.Instance("Hello world", "l")))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> task.validate(new CountLetters.Instance("hello  world", "l")))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> task.validate(new CountLetters.Instance("hello", "ll")))
        .hasMessageContaining("letter");
  }

  @Test
  void trainingCountsReachWhatLongSentencesNeed() {
    Map<Split, TreeMap<Long, Integer>> hist = new java.util.EnumMap<>(Split.class);
    for (Split s : Split.values()) {
      TreeMap<Long, Integer> h = new TreeMap<>();
      for (int i = 0; i < 5000; i++) {
        var in = Drawn.draw(task, 3, "hist", i, s).instance();
        long c = in.text().chars().filter(ch -> ch == in.letter().charAt(0)).count();
        h.merge(c, 1, Integer::sum);
      }
      hist.put(s, h);
      System.out.println("count-letters counts " + s + ": " + h);
    }
    // Counts up to 12 cover nearly all of L; training must contain each of them.
    for (long c = 0; c <= 12; c++) {
      assertThat(hist.get(Split.S)).containsKey(c);
    }
  }

  @Test
  void tailStaysUnderTheLimit() {
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, 2000);
      System.out.println("count-letters " + st);
      assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
    }
  }
}
