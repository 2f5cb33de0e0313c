package dev.tmi.engine.task;

import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.query.QueryTemplates;

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
