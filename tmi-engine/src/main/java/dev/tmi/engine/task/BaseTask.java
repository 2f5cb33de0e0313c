package dev.tmi.engine.task;

import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.query.QueryTemplates;
import java.util.SplittableRandom;

/**
 * Holds what every task declares once (its info, instance type, answer kind and templates), so that
 * a task class contains only its problem and its algorithm.
 *
 * @param <I> the instance type
 */
public abstract class BaseTask<I> implements Task<I> {
  private final TaskInfo info;
  private final Class<I> instanceType;
  private final AnswerKind answerKind;
  private final QueryTemplates templates;

  protected BaseTask(
      TaskInfo info, Class<I> instanceType, AnswerKind answerKind, QueryTemplates templates) {
    this.info = info;
    this.instanceType = instanceType;
    this.answerKind = answerKind;
    this.templates = templates;
  }

  @Override
  public final TaskInfo info() {
    return info;
  }

  @Override
  public final Class<I> instanceType() {
    return instanceType;
  }

  @Override
  public final AnswerKind answerKind() {
    return answerKind;
  }

  @Override
  public final QueryTemplates templates() {
    return templates;
  }

  /**
   * The values of the query's slots for an instance, which the templates ask for as they meet them.
   * A task that draws words of its own for the query draws them here from {@code rng}, before the
   * template is chosen.
   *
   * @param variant lets a task word its operands differently for its own extra variants
   */
  protected abstract QueryTemplates.Slots slots(I in, String variant, SplittableRandom rng);

  /** A randomly chosen template filled with the instance's {@linkplain #slots slots}. */
  @Override
  public String query(I in, String variant, SplittableRandom rng) {
    QueryTemplates.Slots s = slots(in, variant, rng);
    return templates.render(rng, s);
  }

  /** The query of {@link #query(Object, String, SplittableRandom)}, written into a buffer. */
  @Override
  public void query(I in, String variant, SplittableRandom rng, TextBuffer out) {
    QueryTemplates.Slots s = slots(in, variant, rng);
    templates.render(rng, s, out);
  }

  /**
   * Fails validation with a message naming the field.
   *
   * @throws IllegalArgumentException always
   */
  protected static void invalid(String field, String problem) {
    throw new IllegalArgumentException("instance field '" + field + "': " + problem);
  }

  /** Fails validation unless the condition holds. */
  protected static void check(boolean ok, String field, String problem) {
    if (!ok) {
      invalid(field, problem);
    }
  }
}
