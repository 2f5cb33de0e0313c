package dev.tmi.engine.sample;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import java.util.SplittableRandom;

/**
 * One generated instance with its coordinates. Every variant of it shares the instance, the
 * template choice and the story words, so ablation data sets differ only in the chain of thought.
 *
 * @param task the task
 * @param seed the run seed
 * @param stream the stream within the task, e.g. {@code train} or {@code eval-M}
 * @param index the index within the stream
 * @param split the length split the instance was drawn from
 * @param instance the instance
 * @param querySeed the seed of the query's random choices
 * @param <I> the instance type
 */
public record Drawn<I>(
    Task<I> task, long seed, String stream, long index, Split split, I instance, long querySeed) {

  /** Draws instance {@code index} of a stream. */
  public static <I> Drawn<I> draw(Task<I> task, long seed, String stream, long index, Split split) {
    SplittableRandom rng = Seeds.rng(seed, task.info().id(), stream, index);
    I instance = task.generate(split, rng);
    return new Drawn<>(task, seed, stream, index, split, instance, rng.nextLong());
  }

  /** Wraps a given instance (for {@code tmi solve}). */
  public static <I> Drawn<I> of(Task<I> task, I instance, long seed) {
    return new Drawn<>(task, seed, "given", 0, Split.S, instance, seed);
  }

  /** The query as a variant words it. */
  public String query(String variant) {
    return task.query(instance, variant, new SplittableRandom(querySeed));
  }

  /** Writes the query as a variant words it into a buffer, as {@link #query(String)} gives it. */
  public void query(String variant, TextBuffer out) {
    task.query(instance, variant, new SplittableRandom(querySeed), out);
  }

  /** Runs the algorithm against a machine and returns the answer. */
  public Answer solve(Machine machine) {
    return task.solve(instance, machine);
  }

  /** Runs the algorithm and records it. */
  public Solution solve() {
    Recorder r = new Recorder();
    var answer = task.solve(instance, r);
    return new Solution(r.trace(), answer);
  }
}
