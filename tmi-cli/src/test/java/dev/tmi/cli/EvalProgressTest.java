package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.eval.run.ResponseRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress bar path (on only in a terminal) must not fail a run. */
class EvalProgressTest {
  @Test
  void countsAnswersAndAccuracyWithTheBarOn() {
    StringWriter notes = new StringWriter();
    try (EvalProgress p = new EvalProgress(true, new PrintWriter(notes, true))) {
      p.started(10, 4);
      for (int i = 0; i < 6; i++) {
        ResponseRecord r =
            new ResponseRecord(
                "t/" + i, "t", "S", "tail", "q", "x", null, "stop", 1, 7, 10, 5, 1, List.of());
        p.answered(r, i % 2 == 0);
      }
      p.retrying("t/1", "HTTP 500");
      p.failed("t/9", "HTTP 400");
      p.stage("scoring");
      assertThat(p.answered()).isEqualTo(6);
      assertThat(p.correct()).isEqualTo(3);
    }
    assertThat(notes.toString()).contains("resuming: 4 of 10").contains("scoring...");
  }
}
