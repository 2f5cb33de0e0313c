package dev.tmi.engine.machine;

import dev.tmi.engine.trace.Literals;
import java.math.BigInteger;

/** An integer value beyond the small range that keeps its number ({@link Val#of(BigInteger)}). */
final class BigVal extends Val {
  private final BigInteger number;

  BigVal(BigInteger number, String text, String ref) {
    super(text, ref, Literals.NOT_SMALL, -1);
    this.number = number;
  }

  @Override
  Val from(String cell) {
    return new BigVal(number, text(), cell);
  }

  @Override
  BigInteger number() {
    return number;
  }

  @Override
  public BigInteger asBig() {
    return number;
  }
}
