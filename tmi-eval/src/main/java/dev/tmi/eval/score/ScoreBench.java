package dev.tmi.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.ResponseRecord;
import dev.tmi.stats.Median;
import dev.tmi.synth.SampleJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures scoring throughput on one thread, per CPU second (so per core): reference outputs of
 * generated samples are scored (answer extraction and comparison, then step verification in both
 * modes), timed over whole runs, median reported.
 */
public final class ScoreBench {
  /** Extra warm-up before the first task, while the shared verifier is compiled. */
  private static final long FIRST_EXTRA_NANOS = 3_000_000_000L;

  private ScoreBench() {}

  /**
   * One measurement.
   *
   * @param task the task id
   * @param variant the variant id
   * @param samples traces per run
   * @param tracesPerSecond median over runs of traces per CPU second of the scoring thread (per
   *     core, whatever else runs on the machine), full scoring (both modes)
   * @param wallTracesPerSecond the same per wall-clock second (lower on a busy machine)
   * @param fullVerifierPerSecond per CPU second, reference outputs with the scorer's shortcuts off
   *     (the verifier runs in both modes on every trace)
   * @param corruptedPerSecond per CPU second, corrupted outputs (a wrong operand, a wrong sum, a
   *     skipped step, a truncation, a missing box, in turn), which always take the full path
   * @param answerOnlyPerSecond median over runs, per CPU second, answer extraction and comparison
   *     only
   * @param meanChars mean output length
   */
  public record Row(
      String task,
      String variant,
      int samples,
      double tracesPerSecond,
      double wallTracesPerSecond,
      double fullVerifierPerSecond,
      double corruptedPerSecond,
      double answerOnlyPerSecond,
      double meanChars) {}

  /**
   * Measures every task and variant given (variants a task lacks are skipped), each after {@code
   * warmUp} of untimed scoring (3 s more before the first task).
   */
  public static List<Row> measure(
      TaskRegistry registry,
      List<String> tasks,
      String variant,
      Split split,
      int samples,
      int runs,
      java.time.Duration warmUp) {
    List<Row> rows = new ArrayList<>();
    for (String id : tasks) {
      Task<?> task = registry.get(id);
      Variant v =
          TaskRegistry.variants(task).stream()
              .filter(x -> x.id().equals(variant))
              .findFirst()
              .orElse(null);
      if (v == null) {
        continue;
      }
      List<EvalSample> data = new ArrayList<>(samples);
      List<ResponseRecord> responses = new ArrayList<>(samples);
      List<ResponseRecord> corrupted = new ArrayList<>(samples);
      dev.tmi.eval.loopback.Corruption[] kinds = {
        dev.tmi.eval.loopback.Corruption.WRONG_OPERAND,
        dev.tmi.eval.loopback.Corruption.WRONG_SUM,
        dev.tmi.eval.loopback.Corruption.SKIPPED_STEP,
        dev.tmi.eval.loopback.Corruption.TRUNCATED,
        dev.tmi.eval.loopback.Corruption.MISSING_BOX
      };
      long chars = 0;
      for (int i = 0; i < samples; i++) {
        EvalSample s = sample(task, v, split, i);
        data.add(s);
        ResponseRecord r =
            new ResponseRecord(
                s.id(),
                id,
                split.name(),
                v.id(),
                s.sample().query(),
                s.sample().response(),
                null,
                "stop",
                -1,
                -1,
                0,
                0,
                1,
                List.of());
        responses.add(r);
        chars += r.text().length();
        var c = kinds[i % kinds.length].apply(s, new java.util.SplittableRandom(i));
        String bad = c == null ? s.sample().response() : c.text();
        corrupted.add(
            new ResponseRecord(
                s.id(),
                id,
                split.name(),
                v.id(),
                s.sample().query(),
                bad,
                null,
                c == null ? "stop" : c.finishReason(),
                -1,
                -1,
                0,
                0,
                1,
                List.of()));
      }
      Scorer scorer = new Scorer(false);
      Scorer noShortcuts = new Scorer(false, false);
      double[] full = new double[runs];
      double[] verifier = new double[runs];
      double[] bad = new double[runs];
      double[] answer = new double[runs];
      int ok = 0;
      for (int i = 0; i < samples; i++) {
        ok += scorer.score(data.get(i), responses.get(i)).answerCorrect() ? 1 : 0;
      }
      if (ok != samples) {
        throw new IllegalStateException(
            id + ": reference outputs scored wrong; the scorer is broken");
      }
      // Warm-up by time, as JMH's warm-up iterations, over every path that is timed: the JIT must
      // have compiled this task's code (and, before the first task, the shared verifier) before
      // the median can reflect steady state. One pass of the scorer alone no longer reaches the
      // verifier, since reference outputs take the shortcut.
      long warm = warmUp.toNanos();
      long warmUntil =
          System.nanoTime() + warm + (rows.isEmpty() && warm > 0 ? FIRST_EXTRA_NANOS : 0);
      while (System.nanoTime() < warmUntil) {
        for (int i = 0; i < samples; i++) {
          noShortcuts.score(data.get(i), responses.get(i));
          scorer.score(data.get(i), corrupted.get(i));
        }
      }
      double[] wall = new double[runs];
      for (int r = 0; r < runs; r++) {
        long w0 = System.nanoTime();
        long t0 = cpu();
        for (int i = 0; i < samples; i++) {
          scorer.score(data.get(i), responses.get(i));
        }
        full[r] = samples / ((cpu() - t0) / 1e9);
        wall[r] = samples / ((System.nanoTime() - w0) / 1e9);
        t0 = cpu();
        for (int i = 0; i < samples; i++) {
          EvalSample s = data.get(i);
          dev.tmi.engine.answer.Boxed.last(responses.get(i).text())
              .map(b -> Scorer.accepts(s, s.sample().answer(), b));
        }
        answer[r] = samples / ((cpu() - t0) / 1e9);
        t0 = cpu();
        for (int i = 0; i < samples; i++) {
          noShortcuts.score(data.get(i), responses.get(i));
        }
        verifier[r] = samples / ((cpu() - t0) / 1e9);
        t0 = cpu();
        for (int i = 0; i < samples; i++) {
          scorer.score(data.get(i), corrupted.get(i));
        }
        bad[r] = samples / ((cpu() - t0) / 1e9);
      }
      rows.add(
          new Row(
              id,
              v.id(),
              samples,
              Median.of(full),
              Median.of(wall),
              Median.of(verifier),
              Median.of(bad),
              Median.of(answer),
              (double) chars / samples));
    }
    return rows;
  }

  /** A generated evaluation sample, as {@code tmi synth} would write it. */
  public static <I> EvalSample sample(Task<I> task, Variant v, Split split, long index) {
    Drawn<I> d = Drawn.draw(task, 1, "bench-" + split, index, split);
    Solution sol = d.solve();
    String cot = v.render(sol.trace().events());
    String boxed = task.boxed(sol.answer(), d.instance(), v.id());
    JsonNode instance = SampleJson.MAPPER.valueToTree(d.instance());
    Sample s =
        new Sample(
            task.info().id() + "/bench-" + split + "/" + index,
            task.info().id(),
            task.info().algorithmClass().id(),
            split.name(),
            "eval",
            task.lengths(d.instance()),
            v.id(),
            1,
            index,
            d.query(v.id()),
            cot,
            sol.answer().json(),
            boxed,
            instance);
    return new EvalSample(s, task, d.instance(), v, split, "generated", true);
  }

  /** CPU time of the current thread, in nanoseconds (wall time where not supported). */
  private static long cpu() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
