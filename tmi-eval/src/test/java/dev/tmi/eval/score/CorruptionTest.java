package dev.tmi.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.eval.loopback.Corruption;
import dev.tmi.eval.TestData;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.ResponseRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptionTest {
  @TempDir static Path tmp;
  static List<EvalSample> tail;

  @BeforeAll
  static void data() throws Exception {
    Path data = TestData.synth(tmp, 5, List.of("tail", "tail-styled", "direct"));
    tail = TestData.load(data, "tail");
  }

  static ResponseRecord resp(EvalSample s, String text) {
    return new ResponseRecord(s.id(), s.sample().task(), s.split().name(), "tail", s.sample().query(), text, null, "stop", 1, 1, 100, 1, 1, List.of());
  }

  @Test
  void show() {
    Scorer scorer = new Scorer(false);
    for (EvalSample s : tail) {
      String ref = s.sample().response();
      for (Corruption c : Corruption.values()) {
        var corrupted = c.apply(s, new java.util.SplittableRandom(s.sample().index()));
        if (corrupted == null) { System.out.println(s.id()+" "+c+" n/a"); continue; }
        ScoreRecord r = scorer.score(s, resp(s, corrupted.text()));
        System.out.println(s.id() + " " + c + " ans=" + r.answerCorrect() + " ref=" + r.reference().firstError() + " self=" + r.selfConsistent().firstError() + " expectLine=" + corrupted.line() + " trunc=" + r.truncated());
      }
      ScoreRecord ok = scorer.score(s, resp(s, ref));
      assertThat(ok.answerCorrect()).isTrue();
      assertThat(ok.reference().firstError()).isNull();
    }
  }
}
