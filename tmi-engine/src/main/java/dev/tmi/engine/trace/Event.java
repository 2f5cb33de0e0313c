package dev.tmi.engine.trace;

/**
 * One typed event of a recorded execution, in the spirit of CLRS trace probes: the algorithm emits
 * events, and formatters (see {@code dev.tmi.engine.format}) decide how they read.
 *
 * <p>A trace is a flat list of events. A {@link State} opens an atomic state; the {@link Fetch},
 * {@link Op} and {@link Write} events after it belong to that state; a {@link Goto} or {@link Halt}
 * closes it.
 */
public sealed interface Event permits State, Fetch, Op, Write, Goto, Halt {}
