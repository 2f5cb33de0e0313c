package dev.tmi.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.loopback.Corruption;
import dev.tmi.eval.run.ResponseRecord;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class ScorerTest {
  static ResponseRecord resp(EvalSample s, String text, String reasoning, String finish) {
    return new ResponseRecord(
        s.id(),
        s.sample().task(),
        "S",
        s.variant().id(),
        "q",
        text,
        reasoning,
        finish,
        -1,
        -1,
        0,
        0,
        1,
        List.of());
  }

  static List<EvalSample> samples(String variant) {
    return TaskRegistry.load().all().stream()
        .map(t -> ScoreBench.sample((Task<?>) t, TaskRegistry.variant(t, variant), Split.M, 3))
        .toList();
  }

  @Property(tries = 2000)
  void countsTheLinesThatHoldSomething(
      @ForAll @Chars({'a', ' ', '\t', '\n', '\r', '\u2003', 'x'}) String text) {
    long expected = Arrays.stream(text.split("\n", -1)).filter(l -> !l.isBlank()).count();
    assertThat(Scorer.countLines(text)).as(text).isEqualTo((int) expected);
  }

  @Test
  void aSampleSynthesizedInThinkTagsIsScoredAsOneWithout() {
    Corruption[] kinds = Corruption.values();
    for (String variant : List.of("tail", "tail-styled")) {
      List<EvalSample> plain = samples(variant);
      for (int i = 0; i < plain.size(); i++) {
        EvalSample s = plain.get(i);
        Sample p = s.sample();
        EvalSample wrapped =
            new EvalSample(
                new Sample(
                    p.id(),
                    p.task(),
                    p.algorithmClass(),
                    p.split(),
                    p.set(),
                    p.lengths(),
                    p.variant(),
                    p.seed(),
                    p.index(),
                    p.query(),
                    Sample.think(p.cot()),
                    p.answer(),
                    p.boxed(),
                    p.instance()),
                s.task(),
                s.instance(),
                s.variant(),
                s.split(),
                s.source(),
                s.cotIsRendering());
        assertThat(Scorer.referenceCot(wrapped.sample().cot())).isEqualTo(p.cot());
        var c = kinds[i % kinds.length].apply(s, new SplittableRandom(i));
        String text = c == null ? p.response() : c.text();
        ResponseRecord r = resp(s, text, null, "stop");
        assertThat(new Scorer(false).score(wrapped, r)).isEqualTo(new Scorer(false).score(s, r));
      }
    }
  }

  @Test
  void thinkSectionsHoldTheReasoningWhenStripping() {
    for (EvalSample s : samples("tail-styled")) {
      String cot = s.sample().cot();
      String boxed = "\\boxed{" + s.sample().boxed() + "}";
      ScoreRecord r =
          new Scorer(true)
              .score(s, resp(s, "<think>\n" + cot + "\n</think>\n" + boxed, null, "stop"));
      assertThat(r.answerCorrect()).isTrue();
      assertThat(r.selfConsistent().firstError()).isNull();
      assertThat(r.reference().stepAccuracy()).isEqualTo(1.0);
      // A box inside unfinished thoughts is no answer when stripping, and one without.
      String unfinished = "<think>\n" + cot + "\n" + boxed;
      assertThat(new Scorer(true).score(s, resp(s, unfinished, null, "length")).answerFound())
          .isFalse();
      assertThat(new Scorer(false).score(s, resp(s, unfinished, null, "stop")).answerFound())
          .isTrue();
      // Reasoning returned apart by the server is verified like inline thoughts.
      ScoreRecord apart = new Scorer(false).score(s, resp(s, boxed, cot, "stop"));
      assertThat(apart.answerCorrect()).isTrue();
      assertThat(apart.reference().firstError()).isNull();
    }
  }

  @Test
  void proseAfterTheHaltingStateIsTheAnswerAreaButExtraStepsAreErrors() {
    for (EvalSample s : samples("tail")) {
      String cot = s.sample().cot();
      ScoreRecord prose =
          new Scorer(false)
              .score(
                  s,
                  resp(
                      s,
                      cot + "\nSo the answer is \\boxed{" + s.sample().boxed() + "}.",
                      null,
                      "stop"));
      assertThat(prose.answerCorrect()).isTrue();
      assertThat(prose.reference().firstError()).isNull();
      assertThat(prose.selfConsistent().firstError()).isNull();
      String twice = cot + "\n" + cot + "\n\\boxed{" + s.sample().boxed() + "}";
      ScoreRecord extra = new Scorer(false).score(s, resp(s, twice, null, "stop"));
      assertThat(extra.reference().firstError()).isNotNull();
      assertThat(extra.reference().firstError().type()).isEqualTo("format");
    }
  }

  @Test
  void theShortcutGivesTheVerdictOfTheFullVerifier() {
    // Every variant with a chain of thought (the baselines too), on every split: the shortcut
    // counts the reference's steps without recording it where the variant shows every event.
    for (Task<?> t : TaskRegistry.load().all()) {
      for (Variant v : TaskRegistry.variants(t)) {
        if (!v.hasCot()) {
          continue;
        }
        for (Split split : Split.values()) {
          for (int i = 0; i < 4; i++) {
            EvalSample s = ScoreBench.sample(t, v, split, i);
            // The reference output, then its steps with a wrong box, no box, and a box the task
            // may not be able to read at all.
            String cot = s.sample().cot();
            String wrong = Corruption.WRONG_ANSWER.apply(s, new SplittableRandom(i)).text();
            for (String text : List.of(s.sample().response(), wrong, cot, cot + "\n\\boxed{?!}")) {
              ResponseRecord r = resp(s, text, null, "stop");
              ScoreRecord fast = new Scorer(false).score(s, r);
              ScoreRecord full = new Scorer(false, false).score(s, r);
              assertThat(fast).as(v.id() + " " + s.id() + ": " + text).isEqualTo(full);
            }
          }
        }
      }
    }
  }

  @Property(tries = 3000)
  void sameTextIsEqualityAfterStripAndLineEndings(
      @ForAll @Chars({'a', 'b', ' ', '\n', '\r', '\t', '\u2003'}) String a,
      @ForAll @Chars({'a', 'b', ' ', '\n', '\r', '\t', '\u2003'}) String b) {
    String x = a.strip();
    String y = b.strip();
    boolean expected = x.equals(y) || x.replace("\r\n", "\n").equals(y.replace("\r\n", "\n"));
    assertThat(Scorer.sameText(a, b)).isEqualTo(expected);
    // The same text with Windows line endings and outer space; and one that differs within.
    String crlf = " \t" + a.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
    assertThat(Scorer.sameText(a, crlf)).isTrue();
    assertThat(Scorer.sameText(a, "c" + crlf)).isFalse();
  }
}
