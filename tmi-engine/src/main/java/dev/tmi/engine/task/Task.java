package dev.tmi.engine.task;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.query.QueryTemplates;
import dev.tmi.engine.variant.Variant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A computable problem with an algorithm written once. This is TMI's service-provider interface:
 * list an implementation in {@code META-INF/services/dev.tmi.engine.task.Task} and {@link
 * TaskRegistry} finds it, so a third-party jar can add tasks. Everything else (every trace variant,
 * parsing, verification, synthesis, export and evaluation) comes from the engine.
 *
 * <p>An implementation must be stateless and thread-safe; it is called from many threads.
 *
 * @param <I> the instance type, a record whose fields are the task's documented instance fields
 */
public interface Task<I> {

  /** Metadata: id, class, the paper's S/M/L ranges. */
  TaskInfo info();

  /** The instance record class, for reading instances from JSON. */
  Class<I> instanceType();

  /**
   * Draws an instance whose length lies in the split's range. Must depend on nothing but the random
   * source, so that generation is reproducible and index-addressable.
   */
  I generate(Split split, SplittableRandom rng);

  /** The length parameters of an instance, e.g. {@code {n=12, m=20}}, in a stable order. */
  Map<String, Integer> lengths(I instance);

  /**
   * Checks an instance given from outside (for example {@code tmi solve --instance}).
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  void validate(I instance);

  /** The query templates, at least 20. */
  QueryTemplates templates();

  /**
   * The query a model sees for this instance. {@code variant} lets a task format its operands
   * differently for its own extra variants; the default variants share one query.
   */
  String query(I instance, String variant, SplittableRandom rng);

  /**
   * Writes the query into a buffer: the text {@link #query(Object, String, SplittableRandom)} gives
   * for the same random state, as the buffer holds it (synthesis passes a {@linkplain
   * TextBuffer#json() JSON buffer}, so that the query goes into the sample's line without a string
   * first). By default, the query's string appended.
   */
  default void query(I instance, String variant, SplittableRandom rng, TextBuffer out) {
    out.append(query(instance, variant, rng));
  }

  /**
   * Runs the algorithm against a machine, which records (or replays) every step, and returns the
   * final answer. The code must read memory only through the machine.
   */
  Answer solve(I instance, Machine machine);

  /** How answers are boxed, read back and compared. */
  AnswerKind answerKind();

  /** The text boxed by a variant; the default variants box {@link Answer#boxed()}. */
  default String boxed(Answer answer, I instance, String variant) {
    return answer.boxed();
  }

  /**
   * Turns what a variant writes in the box back into the plain boxed form of {@link AnswerKind};
   * the default variants box the plain form already.
   */
  default String unboxed(String boxed, I instance, String variant) {
    return boxed;
  }

  /** Variants only this task has (e.g. the addition baselines), besides the built-in ones. */
  default List<Variant> extraVariants() {
    return List.of();
  }

  /** The documentation: decisions, fields, answer and how the trace walks the algorithm. */
  TaskDoc doc();
}
