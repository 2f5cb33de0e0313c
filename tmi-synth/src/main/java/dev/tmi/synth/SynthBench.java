package dev.tmi.synth;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.stats.Median;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Measures rendering throughput on one thread, per task and variant, through the same code path as
 * {@link Synthesizer} (draw, record, render, JSON), without touching the disk.
 */
public final class SynthBench {
  private static final long WARM_UP_NANOS = 1_000_000_000L;
  private static final long FIRST_WARM_UP_NANOS = 4_000_000_000L;

  private SynthBench() {}

  /**
   * One measurement.
   *
   * @param task the task id
   * @param variant the variant id
   * @param samples samples per run
   * @param samplesPerSecond median over runs, one thread
   * @param megabytesPerSecond median JSONL output rate over runs, one thread
   * @param megabytesPerCpuSecond median JSONL output per CPU second of the rendering thread, i.e.
   *     per core; unlike wall time it does not count the time other processes hold the core
   * @param bytesPerSample mean JSONL line size
   */
  public record Row(
      String task,
      String variant,
      int samples,
      double samplesPerSecond,
      double megabytesPerSecond,
      double megabytesPerCpuSecond,
      double bytesPerSample) {}

  /**
   * The most a chain-of-thought row could render per CPU second if writing its chain of thought
   * cost nothing: the samples per CPU second of its task's {@code direct} row (the same algorithm
   * on the same machine, the same sample fields, no chain of thought) times the row's bytes per
   * sample. A row whose ceiling is below a target cannot reach it by writing faster; the work every
   * variant shares (drawing, running the machine, the sample's other fields) must cost less.
   *
   * @param row a chain-of-thought row
   * @param direct the {@code direct} row of the same task, measured alike
   * @return the ceiling in MB per CPU second
   */
  public static double ceiling(Row row, Row direct) {
    if (!row.task().equals(direct.task()) || !direct.variant().equals("direct")) {
      throw new IllegalArgumentException(
          "the ceiling of "
              + row.task()
              + " needs its direct row, not "
              + direct.task()
              + " "
              + direct.variant());
    }
    return direct.megabytesPerCpuSecond() * row.bytesPerSample() / direct.bytesPerSample();
  }

  /**
   * What one variant renders per CPU second over a suite of tasks with as many samples of each, as
   * a synthesis of that variant over those tasks renders them: all their bytes over all their time,
   * i.e. the rows' rates weighted by their bytes per sample. Tasks whose samples are long weigh
   * more, as they do in the output.
   *
   * @param rows one row per task, all of the same variant
   * @return MB per CPU second, or {@code NaN} without rows
   */
  public static double suiteRate(List<Row> rows) {
    double bytes = 0;
    double seconds = 0;
    for (Row r : rows) {
      if (!r.variant().equals(rows.get(0).variant())) {
        throw new IllegalArgumentException(
            "a suite is one variant: " + rows.get(0).variant() + " and " + r.variant());
      }
      bytes += r.bytesPerSample();
      seconds += r.bytesPerSample() / (r.megabytesPerCpuSecond() * 1e6);
    }
    return rows.isEmpty() ? Double.NaN : bytes / seconds / 1e6;
  }

  /**
   * One row to measure: a task, and the variants rendered together from one run of its algorithm
   * (one variant unless {@code together}).
   *
   * @param task the task id
   * @param variants the variant ids
   */
  public record Planned(String task, List<String> variants) {}

  /**
   * The rows {@link #measure} measures, in its order: every task and variant given, one row each,
   * or with {@code together}, one row per task with the variants given, as {@code tmi synth
   * --variants a,b,c} renders them from one run of the algorithm. Variants a task lacks are
   * skipped.
   */
  public static List<Planned> plan(
      TaskRegistry registry, List<String> tasks, List<String> variants, boolean together) {
    List<Planned> rows = new ArrayList<>();
    for (String id : tasks) {
      Task<?> task = registry.get(id);
      List<String> has = new ArrayList<>();
      for (String vid : variants) {
        if (TaskRegistry.variants(task).stream().anyMatch(x -> x.id().equals(vid))) {
          has.add(vid);
        }
      }
      if (together && !has.isEmpty()) {
        rows.add(new Planned(id, has));
      } else if (!together) {
        has.forEach(v -> rows.add(new Planned(id, List.of(v))));
      }
    }
    return rows;
  }

  /**
   * Measures the rows {@link #plan} gives: with {@code together}, a row's variant is the ids joined
   * by {@code +}, its bytes those of all the variants.
   */
  public static List<Row> measure(
      TaskRegistry registry,
      List<String> tasks,
      List<String> variants,
      int samples,
      int runs,
      Split split,
      boolean together) {
    List<Row> rows = new ArrayList<>();
    // The first measurement also waits for the JIT to compile the engine code every task shares.
    long warmUp = FIRST_WARM_UP_NANOS;
    for (Planned p : plan(registry, tasks, variants, together)) {
      Task<?> task = registry.get(p.task());
      List<Variant> vs = new ArrayList<>();
      for (String vid : p.variants()) {
        vs.add(
            TaskRegistry.variants(task).stream()
                .filter(x -> x.id().equals(vid))
                .findFirst()
                .orElseThrow());
      }
      rows.add(measure(task, vs, samples, runs, split, warmUp));
      warmUp = WARM_UP_NANOS;
    }
    return rows;
  }

  /**
   * One row, for a comparison of two builds in one JVM ({@link BuildComparison}): the entry point
   * that a comparison calls in the other build by reflection, so it takes and returns only JDK
   * types, and its signature must not change.
   *
   * @param task a task id
   * @param variants variant ids joined by {@code ,}; several are rendered together from one run of
   *     the algorithm
   * @param samples samples per run
   * @param runs timed runs
   * @param split a split's name
   * @param warmUpNanos how long to render before the timed runs
   * @return samples per second, MB per second and MB per CPU second (medians over runs), and bytes
   *     per sample
   */
  public static double[] measureRow(
      String task, String variants, int samples, int runs, String split, long warmUpNanos) {
    Task<?> t = TaskRegistry.load().get(task);
    List<Variant> vs = new ArrayList<>();
    for (String v : variants.split(",")) {
      vs.add(TaskRegistry.variant(t, v));
    }
    Row r = measure(t, vs, samples, runs, Split.parse(split), warmUpNanos);
    return new double[] {
      r.samplesPerSecond(), r.megabytesPerSecond(), r.megabytesPerCpuSecond(), r.bytesPerSample()
    };
  }

  private static Row measure(
      Task<?> task, List<Variant> vs, int samples, int runs, Split split, long warmUpNanos) {
    Split[] splits = new Split[samples];
    Arrays.fill(splits, split);
    long[] indices = new long[samples];
    for (int i = 0; i < samples; i++) {
      indices[i] = i;
    }
    Selection sel = new Selection("train", splits, indices, new Selection.Stats(0, 0, 0, 0, 0, 0));
    SynthConfig config =
        new SynthConfig(
            List.of(task.info().id()),
            samples,
            0,
            Mix.S_ONLY,
            vs.stream().map(Variant::id).toList(),
            1,
            1,
            Shard.ALL,
            Path.of("bench"),
            false,
            DedupMode.QUERY);
    // Warm-up, as JMH's warm-up iterations: the JIT must have compiled this task's hot path (a
    // fixed sample count is too little for the fast tasks and needlessly long for the slow ones).
    Queue<Bytes> spare = new ArrayDeque<>();
    long warmUntil = System.nanoTime() + warmUpNanos;
    do {
      Bytes[] out =
          Synthesizer.renderTyped(task, sel, 0, Math.min(samples, 2000), vs, config, spare);
      spare.addAll(Arrays.asList(out));
    } while (System.nanoTime() < warmUntil);
    double[] secs = new double[runs];
    double[] cpu = new double[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (int r = 0; r < runs; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Bytes[] out = Synthesizer.renderTyped(task, sel, 0, samples, vs, config, spare);
      secs[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      bytes = 0;
      for (Bytes b : out) {
        bytes += b.length();
      }
      spare.addAll(Arrays.asList(out));
    }
    double median = Median.of(secs);
    return new Row(
        task.info().id(),
        String.join("+", vs.stream().map(Variant::id).toList()),
        samples,
        samples / median,
        bytes / 1e6 / median,
        bytes / 1e6 / Median.of(cpu),
        (double) bytes / samples);
  }
}
