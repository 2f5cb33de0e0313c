package dev.tmi.synth;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures rendering throughput on one thread, per task and variant, through the same code path
 * as {@link Synthesizer} (draw, record, render, JSON), without touching the disk.
 */
public final class SynthBench {
  private SynthBench() {}

  /**
   * One measurement.
   *
   * @param task the task id
   * @param variant the variant id
   * @param samples samples per run
   * @param samplesPerSecond median over runs, one thread
   * @param megabytesPerSecond median JSONL output rate over runs, one thread
   * @param bytesPerSample mean JSONL line size
   */
  public record Row(
      String task,
      String variant,
      int samples,
      double samplesPerSecond,
      double megabytesPerSecond,
      double bytesPerSample) {}

  /** Measures every task and variant given; variants a task lacks are skipped. */
  public static List<Row> measure(
      TaskRegistry registry,
      List<String> tasks,
      List<String> variants,
      int samples,
      int runs,
      Split split) {
    List<Row> rows = new ArrayList<>();
    for (String id : tasks) {
      Task<?> task = registry.get(id);
      for (String vid : variants) {
        Variant v =
            TaskRegistry.variants(task).stream()
                .filter(x -> x.id().equals(vid))
                .findFirst()
                .orElse(null);
        if (v != null) {
          rows.add(measure(task, v, samples, runs, split));
        }
      }
    }
    return rows;
  }

  private static Row measure(Task<?> task, Variant v, int samples, int runs, Split split) {
    Split[] splits = new Split[samples];
    Arrays.fill(splits, split);
    long[] indices = new long[samples];
    for (int i = 0; i < samples; i++) {
      indices[i] = i;
    }
    Selection sel =
        new Selection("train", splits, indices, new Selection.Stats(0, 0, 0, 0, 0, 0));
    SynthConfig config =
        new SynthConfig(
            List.of(task.info().id()),
            samples,
            0,
            Mix.S_ONLY,
            List.of(v.id()),
            1,
            1,
            Shard.ALL,
            Path.of("bench"),
            false,
            DedupMode.QUERY);
    // Warm-up so the JIT has compiled the hot path before timing.
    Synthesizer.renderTyped(task, sel, 0, Math.min(samples, 2000), List.of(v), config);
    double[] secs = new double[runs];
    long bytes = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Bytes[] out = Synthesizer.renderTyped(task, sel, 0, samples, List.of(v), config);
      secs[r] = (System.nanoTime() - t0) / 1e9;
      bytes = out[0].length();
    }
    Arrays.sort(secs);
    double median = secs[runs / 2];
    return new Row(
        task.info().id(),
        v.id(),
        samples,
        samples / median,
        bytes / 1e6 / median,
        (double) bytes / samples);
  }
}
