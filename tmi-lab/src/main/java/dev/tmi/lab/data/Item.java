package dev.tmi.lab.data;

import dev.tmi.engine.task.Split;

/**
 * One example with where it came from.
 *
 * @param id the sample id of the data set
 * @param split S, M or L
 * @param instance the task instance (for scoring and verification)
 * @param example the lab's text form
 * @param <I> the instance type
 */
public record Item<I>(String id, Split split, I instance, Example example) {}
