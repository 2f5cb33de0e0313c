package dev.tmi.engine.verify;

/**
 * The first wrong step of a chain of thought.
 *
 * @param step 0-based index of the atomic state
 * @param line 1-based line of the model's output where it shows, or 0 if unknown
 * @param type what kind of error
 * @param detail a short human explanation
 */
public record StepError(int step, int line, ErrorType type, String detail) {}
