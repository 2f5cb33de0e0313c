package dev.tmi.stats;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.export.ChatFraming;
import dev.tmi.synth.Mix;
import dev.tmi.synth.SampleJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tmi stats --budget}: how many training tokens a configuration costs (tasks x samples x
 * mixture x epochs), estimated without writing any data. For each task, variant and length split
 * the mixture uses, it draws {@code sample} instances through the same engine calls as {@code tmi
 * synth}, renders and measures them, and scales the per-split means by the mixture's counts.
 */
public final class TokenBudget {
  private TokenBudget() {}

  /**
   * The estimate for one task and variant.
   *
   * @param task the task id
   * @param variant the variant id
   * @param train training samples
   * @param counts training samples per split
   * @param meanChatTokens expected tokens of one training conversation
   * @param meanResponseTokens expected tokens of one response (the supervised part)
   * @param maxChatTokens the longest conversation seen in the sample
   * @param tokensPerEpoch expected tokens of one pass over the training set
   * @param supervisedPerEpoch of which carry loss
   */
  public record Row(
      String task,
      String variant,
      int train,
      Map<Split, Integer> counts,
      double meanChatTokens,
      double meanResponseTokens,
      long maxChatTokens,
      double tokensPerEpoch,
      double supervisedPerEpoch) {}

  /**
   * The whole estimate.
   *
   * @param rows per task and variant
   * @param epochs passes over the data
   * @param totalTokens tokens processed in training, all epochs
   * @param supervisedTokens of which carry loss
   * @param sample instances measured per task, variant and split
   * @param counter what counted tokens
   */
  public record Budget(
      List<Row> rows,
      int epochs,
      double totalTokens,
      double supervisedTokens,
      int sample,
      String counter) {}

  /** Estimates a budget on one thread; variants a task lacks are skipped. */
  public static Budget estimate(
      TaskRegistry registry,
      List<String> tasks,
      List<String> variants,
      int train,
      Mix mix,
      int epochs,
      int sample,
      long seed,
      TokenCounter counter,
      ChatFraming framing) {
    return estimate(
        registry, tasks, variants, train, mix, epochs, sample, seed, counter, framing, 1);
  }

  /**
   * Estimates a budget; variants a task lacks are skipped. The result does not depend on {@code
   * threads}.
   */
  public static Budget estimate(
      TaskRegistry registry,
      List<String> tasks,
      List<String> variants,
      int train,
      Mix mix,
      int epochs,
      int sample,
      long seed,
      TokenCounter counter,
      ChatFraming framing,
      int threads) {
    if (train < 0 || sample < 1 || epochs < 1) {
      throw new IllegalArgumentException("--train, --sample and --epochs must be positive");
    }
    List<java.util.concurrent.Callable<Row>> jobs = new ArrayList<>();
    for (String id : tasks) {
      Task<?> task = registry.get(id);
      for (String vid : variants) {
        Variant v =
            TaskRegistry.variants(task).stream()
                .filter(x -> x.id().equals(vid))
                .findFirst()
                .orElse(null);
        if (v != null) {
          jobs.add(() -> row(task, v, train, mix, sample, seed, counter, framing));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, Math.max(1, jobs.size()))),
            r -> {
              Thread t = new Thread(r, "tmi-budget");
              t.setDaemon(true);
              return t;
            });
    try {
      for (java.util.concurrent.Future<Row> f : pool.invokeAll(jobs)) {
        rows.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double total = 0;
    double supervised = 0;
    for (Row r : rows) {
      total += r.tokensPerEpoch() * epochs;
      supervised += r.supervisedPerEpoch() * epochs;
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no task has any of the variants " + variants);
    }
    return new Budget(rows, epochs, total, supervised, sample, counter.name());
  }

  private static <I> Row row(
      Task<I> task,
      Variant v,
      int train,
      Mix mix,
      int sample,
      long seed,
      TokenCounter counter,
      ChatFraming framing) {
    Map<Split, Integer> counts = mix.counts(train);
    double chatSum = 0;
    double respSum = 0;
    long maxChat = 0;
    for (Split split : Split.values()) {
      if (mix.weight(split) == 0) {
        continue;
      }
      SampleMeasure m = new SampleMeasure(counter, framing);
      for (int i = 0; i < sample; i++) {
        m.add(sample(task, v, Drawn.draw(task, seed, "budget-" + split, i, split)));
      }
      TokenStats.Numbers n = m.numbers();
      chatSum += counts.get(split) * n.chatTokens().mean();
      respSum += counts.get(split) * n.responseTokens().mean();
      maxChat = Math.max(maxChat, n.chatTokens().max());
    }
    return new Row(
        task.info().id(),
        v.id(),
        train,
        counts,
        train == 0 ? 0 : chatSum / train,
        train == 0 ? 0 : respSum / train,
        maxChat,
        chatSum,
        respSum);
  }

  /** A sample as {@code tmi synth} would write it (the fields that matter for tokens). */
  private static <I> Sample sample(Task<I> task, Variant v, Drawn<I> d) {
    Solution sol = d.solve();
    return new Sample(
        task.info().id() + "/" + d.stream() + "/" + d.index(),
        task.info().id(),
        task.info().algorithmClass().id(),
        d.split().name(),
        "train",
        task.lengths(d.instance()),
        v.id(),
        d.seed(),
        d.index(),
        d.query(v.id()),
        v.hasCot() ? v.render(sol.trace().events()) : "",
        SampleJson.MAPPER.valueToTree(sol.answer().json()),
        task.boxed(sol.answer(), d.instance(), v.id()),
        SampleJson.MAPPER.valueToTree(d.instance()));
  }
}
