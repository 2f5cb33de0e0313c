package dev.tmi.engine.trace;

/** The transition to the halting state: the execution is over. */
public record Halt() implements Event {
  /** The only instance needed. */
  public static final Halt INSTANCE = new Halt();
}
