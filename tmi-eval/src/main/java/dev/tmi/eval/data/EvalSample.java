package dev.tmi.eval.data;

import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.variant.Variant;

/**
 * One evaluation sample with everything scoring needs, read and checked once.
 *
 * @param sample the sample as {@code tmi synth} wrote it
 * @param task the task
 * @param instance the instance, read into the task's instance type
 * @param variant the variant whose format parses the model's chain of thought
 * @param split the length split
 * @param source where it came from, {@code FILE:LINE}
 * @param cotIsRendering whether the sample's chain of thought is this TMI's rendering of the
 *     reference execution in the variant's format (the data set was written in the trace format
 *     this TMI writes, {@code Version.FORMAT}): the verifier then matches outputs against it
 *     instead of rendering the reference again
 */
public record EvalSample(
    Sample sample,
    Task<?> task,
    Object instance,
    Variant variant,
    Split split,
    String source,
    boolean cotIsRendering) {

  /** A sample whose chain of thought is not known to be this TMI's rendering. */
  public EvalSample(
      Sample sample, Task<?> task, Object instance, Variant variant, Split split, String source) {
    this(sample, task, instance, variant, split, source, false);
  }

  /** The sample id. */
  public String id() {
    return sample.id();
  }
}
