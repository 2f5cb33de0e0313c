package dev.tmi.synth;

import dev.tmi.engine.format.TextBuffer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

  /**
   * Writes an integer's decimal digits straight into the buffer: instances are mostly lists of
   * numbers, and a string per number was about half of writing them.
   */
  void decimal(long v) {
    if (v == Long.MIN_VALUE) {
      byte[] digits = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
      write(digits, 0, digits.length);
      return;
    }
    int n = 1;
    for (long rest = Math.abs(v) / 10; rest != 0; rest /= 10) {
      n++;
    }
    int sign = v < 0 ? 1 : 0;
    ensure(n + sign);
    if (sign == 1) {
      buf[len] = '-';
    }
    long rest = Math.abs(v);
    for (int i = len + sign + n - 1; i >= len + sign; i--) {
      buf[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    len += n + sign;
  }

  /**
   * Starts {@code text} as a quoted JSON string: writes the opening quote and the longest prefix
   * that is written as it is (printable ASCII with no quote or backslash, as most of a sample's
   * strings are entirely), and the closing quote if that prefix is the whole text.
   *
   * @return the length of the prefix written; the string is complete if it is the text's length,
   *     else the caller writes the rest, escaped, and the closing quote
   */
  int quotedPlain(String text) {
    int n = text.length();
    ensure(n + 2);
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        len = p;
        return i;
      }
      b[p++] = (byte) c;
    }
    b[p++] = '"';
    len = p;
    return n;
  }

  /**
   * Ends a string that {@link #quotedPlain} started: writes the rest of it, already escaped in a
   * {@linkplain TextBuffer#json() JSON buffer}, and the closing quote.
   */
  void closeQuoted(TextBuffer escaped) {
    int n = escaped.length();
    ensure(n + 1);
    System.arraycopy(escaped.array(), 0, buf, len, n);
    buf[len + n] = '"';
    len += n + 1;
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
