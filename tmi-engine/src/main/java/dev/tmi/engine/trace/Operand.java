package dev.tmi.engine.trace;

/**
 * An operand as a chain of thought writes it: a recorded {@link Arg}, or a value the algorithm
 * holds while a scribe writes the text as it runs.
 */
public interface Operand {
  /** What a format writes for the operand: its value, or its cell name when no value is known. */
  String shown();

  /** The memory cell the operand was read from, or {@code null}. */
  String cell();
}
