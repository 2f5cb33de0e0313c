package dev.tmi.engine.verify;

/**
 * The verdicts of both modes on one output.
 *
 * @param reference step k against reference step k
 * @param selfConsistent the algorithm replayed on the model's own values
 */
public record Verdicts(Verification reference, Verification selfConsistent) {}
