package dev.tmi.synth;

import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer that hands out its array without copying. */
final class Bytes extends OutputStream {
  private byte[] buf;
  private int len;

  Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(int b) {
    ensure(1);
    buf[len++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int n) {
    ensure(n);
    System.arraycopy(b, off, buf, len, n);
    len += n;
  }

  /** Makes room for {@code n} more bytes. */
  void reserve(int n) {
    ensure(n);
  }

  /** Sets the length after writing into {@link #array()} directly. */
  void setLength(int n) {
    len = n;
  }

  private void ensure(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  byte[] array() {
    return buf;
  }

  int length() {
    return len;
  }

  void reset() {
    len = 0;
  }
}
