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
 */
public record EvalSample(
    Sample sample, Task<?> task, Object instance, Variant variant, Split split, String source) {

  /** The sample id. */
  public String id() {
    return sample.id();
  }
}
