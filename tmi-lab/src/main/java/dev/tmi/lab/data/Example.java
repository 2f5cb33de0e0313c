package dev.tmi.lab.data;

/**
 * One training or evaluation example in the lab's text form.
 *
 * @param prompt what the model reads
 * @param response what it is trained to write: the compact chain of thought, then the boxed answer
 * @param length a length parameter for reports (the task's first length, e.g. n)
 */
public record Example(String prompt, String response, int length) {}
