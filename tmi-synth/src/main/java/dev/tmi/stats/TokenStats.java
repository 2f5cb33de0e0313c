package dev.tmi.stats;

import dev.tmi.engine.sample.Sample;
import dev.tmi.export.ChatFraming;
import dev.tmi.export.DataFile;
import dev.tmi.export.SampleReader;
import dev.tmi.export.SynthData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code tmi stats}: per task, variant and split of a {@code tmi synth} output, the sample count,
 * chain-of-thought characters and tokens (mean, p50, p95, max), as in the paper's Table J1.
 */
public final class TokenStats {
  private TokenStats() {}

  /**
   * The numbers of one file.
   *
   * @param samples samples measured
   * @param cotChars characters of the chain of thought
   * @param responseTokens tokens of the response (chain of thought and boxed answer)
   * @param promptTokens tokens of the prompt (system, user, assistant header)
   * @param chatTokens tokens of the whole training conversation
   */
  public record Numbers(
      long samples, Dist cotChars, Dist responseTokens, Dist promptTokens, Dist chatTokens) {}

  /**
   * One row.
   *
   * @param task the task id
   * @param variant the variant id
   * @param split {@code train}, {@code S}, {@code M} or {@code L}
   * @param count samples in the file
   * @param numbers what was measured (the first {@code maxPerFile} samples)
   */
  public record Row(String task, String variant, String split, long count, Numbers numbers) {}

  /**
   * Measures the selected files of a data set.
   *
   * @param maxPerFile measure at most this many samples of each file (its first ones; files are in
   *     draw order, so they are a random sample), or 0 for all
   * @param threads files measured at once
   */
  public static List<Row> compute(
      SynthData data,
      SynthData.Filter filter,
      TokenCounter counter,
      ChatFraming framing,
      long maxPerFile,
      int threads)
      throws IOException, InterruptedException {
    List<DataFile> files = data.select(filter);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, files.size())),
            r -> {
              Thread t = new Thread(r, "tmi-stats");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Row>> futures = new ArrayList<>();
      for (DataFile f : files) {
        futures.add(pool.submit(() -> measure(data, f, counter, framing, maxPerFile)));
      }
      List<Row> rows = new ArrayList<>();
      for (Future<Row> fu : futures) {
        try {
          rows.add(fu.get());
        } catch (ExecutionException e) {
          futures.forEach(x -> x.cancel(true));
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Row measure(
      SynthData data, DataFile f, TokenCounter counter, ChatFraming framing, long max)
      throws IOException {
    SampleMeasure m = new SampleMeasure(counter, framing);
    boolean all = max <= 0 || max >= f.count();
    // Verifying the checksum needs the whole file; a partial read checks lines only.
    try (SampleReader r =
        all
            ? data.read(f).expect(f.task(), f.variant())
            : new SampleReader(data.dir().resolve(f.path()), f.path(), -1, null)
                .expect(f.task(), f.variant())) {
      Sample s;
      while ((all || m.size() < max) && (s = r.next()) != null) {
        m.add(s);
      }
    }
    return new Row(f.task(), f.variant(), f.split(), f.count(), m.numbers());
  }
}
