package dev.tmi.engine.trace;

/**
 * One operand of an {@link Op}. An operand read from memory carries the cell's name; a literal or
 * an intermediate result has no name. A formatter shows the value, or only the name when the Memory
 * Fetcher is ablated, in which case the parsed operand has no value.
 *
 * @param name memory cell the operand was read from, or {@code null}
 * @param value the operand's literal, or {@code null} when only the name is known
 */
public record Arg(String name, String value) implements Operand {
  public Arg {
    if (name == null && value == null) {
      throw new IllegalArgumentException("an operand needs a name or a value");
    }
  }

  @Override
  public String shown() {
    return value != null ? value : name;
  }

  @Override
  public String cell() {
    return name;
  }

  /** An operand known only by value. */
  public static Arg value(String value) {
    return new Arg(null, value);
  }

  /** An operand known only by the memory cell it names. */
  public static Arg ref(String name) {
    return new Arg(name, null);
  }
}
