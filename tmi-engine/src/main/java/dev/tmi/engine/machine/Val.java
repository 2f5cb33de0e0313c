package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Operand;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A value as the algorithm sees it: a literal, and the memory cell it was fetched from if any.
 *
 * <p>A value also knows its literal as a {@code long} when it is a small integer ({@link
 * Literals#parseSmall}), read once when the value is made: the machine's arithmetic and comparisons
 * then work on numbers, where reading the literal again at every use cost about a tenth of running
 * an algorithm.
 *
 * <p>During verification a value may come from a model's output, so the typed accessors throw
 * {@link TraceMismatch} (a format error) rather than crash when the text is not what the algorithm
 * expects.
 */
public sealed class Val implements Operand permits BigVal {
  private final String text;
  private final String ref;
  private final long small;
  // The character of a plain character literal such as 'a', else -1; the object has room for it
  // beside the long (four bytes of padding otherwise), and tasks over text compare characters in
  // most of their steps.
  private final int plainChar;

  /**
   * A value.
   *
   * @param text the literal
   * @param ref the memory cell it was read from, or {@code null}
   */
  public Val(String text, String ref) {
    this(text, ref, Literals.parseSmall(text));
  }

  private Val(String text, String ref, long small) {
    this(text, ref, small, small == Literals.NOT_SMALL ? plainCharOf(text) : -1);
  }

  Val(String text, String ref, long small, int plainChar) {
    this.text = Objects.requireNonNull(text, "text");
    this.ref = ref;
    this.small = small;
    this.plainChar = plainChar;
  }

  private static int plainCharOf(String text) {
    return text.length() == 3
            && text.charAt(0) == '\''
            && text.charAt(2) == '\''
            && text.charAt(1) != '\\'
        ? text.charAt(1)
        : -1;
  }

  /**
   * A literal that did not come from memory. The literals of small integers and of printable
   * characters that {@link Literals} caches give shared values, as tasks put thousands of them in
   * memory per sample.
   */
  public static Val of(String literal) {
    long v = Literals.parseSmall(literal);
    if (v >= -SMALL_RANGE && v < SMALL_RANGE) {
      Val shared = SMALL[(int) v + SMALL_RANGE];
      if (shared.text == literal) {
        return shared;
      }
    } else if (literal.length() == 3 && literal.charAt(0) == '\'') {
      char c = literal.charAt(1);
      if (c < CHARS.length && CHARS[c] != null && CHARS[c].text == literal) {
        return CHARS[c];
      }
    }
    return new Val(literal, null, v);
  }

  /** The literal of a character ({@link Literals#ofChar}); printable ASCII ones are shared. */
  static Val ofChar(char c) {
    return c < CHARS.length && CHARS[c] != null ? CHARS[c] : of(Literals.ofChar(c));
  }

  /**
   * An integer computed as a big integer. One beyond the small range keeps its number, so that
   * arithmetic on it does not read its literal again: in tasks whose numbers outgrow a {@code
   * long}, parsing the operands of every operation had been a tenth of writing a chain of thought.
   */
  static Val of(BigInteger number) {
    if (number.bitLength() < 63) {
      return of(number.longValue());
    }
    return new BigVal(number, number.toString(), null);
  }

  /** An integer literal; small ones are shared, as tasks use constants such as 0 and 1 per step. */
  public static Val of(long value) {
    return value >= -SMALL_RANGE && value < SMALL_RANGE
        ? SMALL[(int) value + SMALL_RANGE]
        : bigger(Literals.of(value), value);
  }

  /**
   * A value outside the shared range; it is small in the sense of {@link #small} up to 18 chars.
   */
  private static Val bigger(String text, long value) {
    return new Val(text, null, text.length() <= 18 ? value : Literals.NOT_SMALL);
  }

  private static final int SMALL_RANGE = 1024;
  private static final Val[] SMALL = new Val[2 * SMALL_RANGE];
  private static final Val[] CHARS = new Val[127];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Val(Literals.of(i - SMALL_RANGE), null, i - SMALL_RANGE);
    }
    for (char c = ' '; c < CHARS.length; c++) {
      CHARS[c] = new Val(Literals.ofChar(c), null, Literals.NOT_SMALL);
    }
  }

  /** This value as read from a cell. */
  Val from(String cell) {
    return new Val(text, cell, small, plainChar);
  }

  /** The literal. */
  public String text() {
    return text;
  }

  /** The memory cell the value was read from, or {@code null}. */
  public String ref() {
    return ref;
  }

  /**
   * The literal as a number if it is a small integer, else {@link Literals#NOT_SMALL}: what {@link
   * Literals#parseSmall} reads from it.
   */
  public long small() {
    return small;
  }

  /**
   * The character of a plain character literal (a quoted character that needs no escape, such as
   * {@code 'a'}), else -1. Two such literals compare as their characters do.
   */
  int plainChar() {
    return plainChar;
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
    if (small != Literals.NOT_SMALL && small == (int) small) {
      return (int) small;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw TraceMismatch.format("expected a small integer, got " + text);
    }
  }

  /** The value as a {@code long}. */
  public long asLong() {
    if (small != Literals.NOT_SMALL) {
      return small;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw TraceMismatch.format("expected an integer, got " + text);
    }
  }

  /**
   * The number of an integer value for the machine's arithmetic, or {@code null} if it is not an
   * integer it can work on without reading the literal.
   */
  BigInteger number() {
    return small != Literals.NOT_SMALL ? BigInteger.valueOf(small) : null;
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

  /** Values are equal when their literals and cells are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Val v && text.equals(v.text) && Objects.equals(ref, v.ref);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Objects.hashCode(ref);
  }

  @Override
  public String toString() {
    return ref == null ? text : ref + "=" + text;
  }
}
