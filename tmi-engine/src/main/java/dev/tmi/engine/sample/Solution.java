package dev.tmi.engine.sample;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.trace.Trace;

/**
 * A recorded execution and its answer.
 *
 * @param trace the events
 * @param answer the final answer
 */
public record Solution(Trace trace, Answer answer) {}
