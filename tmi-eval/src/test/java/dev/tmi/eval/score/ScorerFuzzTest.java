package dev.tmi.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.ResponseRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random bytes and random mutations of valid traces never crash the scorer or the parsers. */
class ScorerFuzzTest {
  /** Samples of every task and CoT variant, S and M, generated in memory. */
  static final List<EvalSample> SAMPLES = samples();

  static List<EvalSample> samples() {
    List<EvalSample> out = new ArrayList<>();
    for (Task<?> t : TaskRegistry.load().all()) {
      for (Variant v : TaskRegistry.variants(t)) {
        for (Split s : List.of(Split.S, Split.M)) {
          for (int i = 0; i < 3; i++) {
            out.add(ScoreBench.sample(t, v, s, i));
          }
        }
      }
    }
    return out;
  }

  static final Scorer SCORER = new Scorer(false);
  static final Scorer STRIPPING = new Scorer(true);

  static ResponseRecord response(EvalSample s, String text, String finish) {
    return new ResponseRecord(
        s.id(),
        s.sample().task(),
        s.split().name(),
        s.variant().id(),
        "q",
        text,
        null,
        finish,
        -1,
        -1,
        0,
        0,
        1,
        List.of());
  }

  static void checkInvariants(EvalSample s, ScoreRecord r) {
    assertThat(!r.answerCorrect() || r.answerFound()).isTrue();
    for (StepCheck c : Arrays.asList(r.reference(), r.selfConsistent())) {
      if (c == null) {
        continue;
      }
      assertThat(c.stepAccuracy()).isBetween(0.0, 1.0);
      assertThat(c.correctSteps())
          .isLessThanOrEqualTo(Math.max(r.referenceSteps(), r.modelSteps()));
      if (c.firstError() != null) {
        assertThat(c.firstError().type())
            .isIn("format", "fetch", "compute", "transition", "answer");
        assertThat(c.firstError().position()).isBetween(0.0, 1.0);
      }
    }
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(2000),
        Arbitraries.strings().withChars("0123456789{}[]()=:+-*/<>, \n\\boxedF").ofMaxLength(2000),
        Arbitraries.strings().withChars("\\boxed{}<think></think>-> \n").ofMaxLength(400));
  }

  @Property(tries = 600, seed = "424242")
  void randomTextNeverCrashesTheScorer(
      @ForAll("noise") String text,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll boolean truncated) {
    EvalSample s = SAMPLES.get(pick % SAMPLES.size());
    ScoreRecord r = SCORER.score(s, response(s, text, truncated ? "length" : "stop"));
    checkInvariants(s, r);
    checkInvariants(s, STRIPPING.score(s, response(s, text, "stop")));
    if (s.variant().hasCot()) {
      s.variant().format().parse(text);
    }
  }

  @Property(tries = 1500, seed = "777")
  void mutatedReferenceTracesNeverCrashTheScorerOrTheVerifier(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int mutations) {
    EvalSample s = SAMPLES.get(pick % SAMPLES.size());
    String text = mutate(s.sample().response(), new Random(seed), mutations);
    ScoreRecord r = SCORER.score(s, response(s, text, "stop"));
    checkInvariants(s, r);
    if (s.variant().hasCot()) {
      for (Mode m : Mode.values()) {
        Verification v = verify(s, text, m);
        assertThat(v.stepAccuracy()).isBetween(0.0, 1.0);
      }
    }
  }

  @SuppressWarnings("unchecked")
  static <I> Verification verify(EvalSample s, String text, Mode m) {
    return Verifier.verify((Task<I>) s.task(), (I) s.instance(), s.variant(), text, m);
  }

  /** Applies random edits: characters, digits, whole lines, truncation. */
  static String mutate(String text, Random rng, int n) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int k = 0; k < n && !lines.isEmpty(); k++) {
      int i = rng.nextInt(lines.size());
      String line = lines.get(i);
      switch (rng.nextInt(8)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, line);
        case 2 -> {
          int j = rng.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case 3 -> {
          if (!line.isEmpty()) {
            int at = rng.nextInt(line.length());
            char c = line.charAt(at);
            char r =
                Character.isDigit(c)
                    ? (char) ('0' + (c - '0' + 1 + rng.nextInt(9)) % 10)
                    : "=:{}[],+-<>".charAt(rng.nextInt(11));
            lines.set(i, line.substring(0, at) + r + line.substring(at + 1));
          }
        }
        case 4 -> {
          if (!line.isEmpty()) {
            int at = rng.nextInt(line.length());
            lines.set(
                i,
                line.substring(0, at)
                    + line.substring(Math.min(line.length(), at + 1 + rng.nextInt(4))));
          }
        }
        case 5 -> lines.set(i, line + (char) (32 + rng.nextInt(95)));
        case 6 -> {
          while (lines.size() > i + 1) {
            lines.remove(lines.size() - 1);
          }
          if (!line.isEmpty()) {
            lines.set(i, line.substring(0, rng.nextInt(line.length())));
          }
        }
        default -> lines.add(i, Integer.toString(rng.nextInt(1000)) + "=" + rng.nextInt(1000));
      }
    }
    return String.join("\n", lines);
  }
}
