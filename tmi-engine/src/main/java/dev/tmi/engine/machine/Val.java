package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Operand;
import java.math.BigInteger;

/**
 * A value as the algorithm sees it: a literal, and the memory cell it was fetched from if any.
 *
 * <p>During verification a value may come from a model's output, so the typed accessors throw
 * {@link TraceMismatch} (a format error) rather than crash when the text is not what the algorithm
 * expects.
 *
 * @param text the literal
 * @param ref the memory cell it was read from, or {@code null}
 */
public record Val(String text, String ref) implements Operand {

  /** A literal that did not come from memory. */
  public static Val of(String literal) {
    return new Val(literal, null);
  }

  /** An integer literal; small ones are shared, as tasks use constants such as 0 and 1 per step. */
  public static Val of(long value) {
    return value >= -SMALL_RANGE && value < SMALL_RANGE
        ? SMALL[(int) value + SMALL_RANGE]
        : new Val(Literals.of(value), null);
  }

  private static final int SMALL_RANGE = 1024;
  private static final Val[] SMALL = new Val[2 * SMALL_RANGE];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Val(Literals.of(i - SMALL_RANGE), null);
    }
  }

  /** The literal: a value the algorithm holds is always known. */
  @Override
  public String shown() {
    return text;
  }

  @Override
  public String cell() {
    return ref;
  }

  /** The value as an {@code int}. */
  public int asInt() {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw TraceMismatch.format("expected a small integer, got " + text);
    }
  }

  /** The value as a {@code long}. */
  public long asLong() {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw TraceMismatch.format("expected an integer, got " + text);
    }
  }

  /** The value as a big integer. */
  public BigInteger asBig() {
    if (!Literals.isInteger(text)) {
      throw TraceMismatch.format("expected an integer, got " + text);
    }
    return new BigInteger(text);
  }

  /** Whether the value is {@code inf}. */
  public boolean isInf() {
    return Literals.isInf(text);
  }

  /** The text of a character or string literal. */
  public String asText() {
    try {
      return Literals.unquote(text);
    } catch (IllegalArgumentException e) {
      throw TraceMismatch.format("expected a quoted literal, got " + text);
    }
  }

  @Override
  public String toString() {
    return ref == null ? text : ref + "=" + text;
  }
}
