package dev.tmi.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.lab.data.Corpus;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.lab.experiment.TraceFields.Field;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.lab.train.TrainListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe on a barely trained model: every token is counted once, in the right field. */
class FieldProbeTest {
  @TempDir Path dir;

  @Test
  void countsEveryResponseTokenOnceAndFetchedValuesWhereTheTraceHasThem() throws Exception {
    DataSpec data = new DataSpec(dir.resolve("data"), 50, 3, 1);
    Trained t =
        LabRunner.train(
            "binary-search",
            "tail",
            new ModelSpec(1, 32, 2, 2, 2048, PositionEncoding.ROPE),
            new TrainConfig(3, 2048, 2e-3f, 1, 0f, 1f, 1, 0, 0),
            data,
            dir.resolve("model"),
            TrainListener.NONE);
    List<FieldProbe.SplitResult> results =
        FieldProbe.run(t.dir(), data.dir(), List.of(Split.S, Split.M), 3);
    assertThat(results).hasSize(2);
    LabCodec<?> codec = LabCodec.of(TaskRegistry.load().get("binary-search"), "tail");
    for (FieldProbe.SplitResult r : results) {
      assertThat(r.samples() + r.skipped()).isEqualTo(3);
      long expectedTokens = 0;
      long fetchValueChars = 0;
      long fetches = 0;
      var items =
          Corpus.read(
              codec, Corpus.file(data.dir(), "binary-search", "eval-" + r.split().name()), 3);
      for (var item : items) {
        // Each response character is one token, plus the end-of-sequence token.
        expectedTokens += item.example().response().length() + 1;
        var trace = Drawn.of(codec.task(), cast(item.instance()), 0).solve().trace();
        for (var e : trace.events()) {
          if (e instanceof Fetch f) {
            fetches++;
            fetchValueChars += f.value().length();
          }
        }
      }
      long total = r.scores().stream().mapToLong(FieldProbe.Score::tokens).sum();
      assertThat(total).isEqualTo(expectedTokens);
      var fetched =
          r.scores().stream().filter(s -> s.field() == Field.FETCH_VALUE).findFirst().orElseThrow();
      assertThat(fetched.tokens()).isEqualTo(fetchValueChars);
      assertThat(fetched.occurrences()).isEqualTo(fetches);
      for (FieldProbe.Score s : r.scores()) {
        assertThat(s.tokensRight()).isBetween(0L, s.tokens());
        assertThat(s.occurrencesRight()).isBetween(0L, s.occurrences());
      }
      assertThat(r.firstWrong().values().stream().mapToInt(Integer::intValue).sum())
          .isLessThanOrEqualTo(r.samples());
    }
  }

  @SuppressWarnings("unchecked")
  private static <I> I cast(Object o) {
    return (I) o;
  }
}
