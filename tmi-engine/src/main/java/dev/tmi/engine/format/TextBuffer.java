package dev.tmi.engine.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that formats write a chain of thought into. In {@linkplain #json()
 * JSON mode} the text is escaped as the body of a JSON string while it is written, so synthesis
 * copies it into a JSON line as is; a chain of thought is kilobytes of short pieces, and building a
 * {@code String} first, encoding it and escaping it again cost three passes and two copies.
 *
 * <p>Escaping follows RFC 8259 with the shortest forms: a backslash before {@code "}, a backslash,
 * {@code n}, {@code r} or {@code t}, and the six-character {@code u00XX} escape for the other
 * control characters; everything else is written as UTF-8. As with {@link String#getBytes}, an
 * unpaired surrogate becomes {@code ?}.
 */
public final class TextBuffer {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final boolean json;
  private byte[] buf;
  private int size;

  private TextBuffer(boolean json, int capacity) {
    this.json = json;
    this.buf = new byte[Math.max(16, capacity)];
  }

  /** A buffer that holds the text itself. */
  public static TextBuffer plain() {
    return new TextBuffer(false, 256);
  }

  /** A buffer that holds the text itself, sized for about {@code capacity} bytes. */
  public static TextBuffer plain(int capacity) {
    return new TextBuffer(false, capacity);
  }

  /** A buffer that holds the text escaped as the inside of a JSON string (without the quotes). */
  public static TextBuffer json() {
    return new TextBuffer(true, 4096);
  }

  /** Whether the buffer escapes for JSON. */
  public boolean isJson() {
    return json;
  }

  /** Appends a string. */
  public TextBuffer append(String s) {
    int n = s.length();
    if (size + n > buf.length) {
      grow(n);
    }
    byte[] b = buf;
    int p = size;
    // The loops of append(s, from) again, for the common case of a string copied whole: a format
    // appends a few short strings per step, and calling the method that goes on after an escape
    // for all of them made synthesis about 4% slower (0.96 over 19 tasks).
    if (json) {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
          b[p++] = (byte) c;
        } else {
          size = p;
          return append(s, i);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[p++] = (byte) c;
        } else {
          size = p;
          return append(s, i);
        }
      }
    }
    size = p;
    return this;
  }

  /** Appends a constant string, as {@link #append(String)} would, as bytes encoded once. */
  public TextBuffer append(EncodedText text) {
    byte[] b = text.bytes(json);
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  /**
   * Appends a string from index {@code from} on. A character that is not written as its one byte
   * (one to escape, or beyond ASCII) is written on its own, and the copy goes on as before: queries
   * hold quotes and line breaks early on, and finishing them one character at a time had been about
   * 4% of writing a count-letters sample.
   */
  public TextBuffer append(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      if (size + n - i > buf.length) {
        grow(n - i);
      }
      byte[] b = buf;
      int p = size;
      // One loop per mode, so that the test per character is a few compares without a table;
      // each a counted loop that leaves at the first character it cannot copy.
      if (json) {
        for (; i < n; i++) {
          char c = s.charAt(i);
          if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
            break;
          }
          b[p++] = (byte) c;
        }
      } else {
        for (; i < n; i++) {
          char c = s.charAt(i);
          if (c >= 0x80) {
            break;
          }
          b[p++] = (byte) c;
        }
      }
      size = p;
      if (i < n) {
        i = special(s, i) + 1;
      }
    }
    return this;
  }

  /** Appends one character; a lone surrogate becomes {@code ?}. */
  public TextBuffer append(char c) {
    if (verbatim(c)) {
      ensure(1);
      buf[size++] = (byte) c;
      return this;
    }
    return Character.isSurrogate(c) ? ascii('?') : appendCodePoint(c);
  }

  /**
   * Appends a printable ASCII character that needs no escaping, such as a format's {@code =}: as
   * {@link #append(char)}, without testing it. Formats write a separator between most values, and
   * testing constants cost a few percent of writing a chain of thought.
   */
  TextBuffer ascii(char c) {
    ensure(1);
    buf[size++] = (byte) c;
    return this;
  }

  /** Appends two printable ASCII characters that need no escaping, such as {@code ", "}. */
  TextBuffer ascii(char c1, char c2) {
    ensure(2);
    byte[] b = buf;
    int p = size;
    b[p] = (byte) c1;
    b[p + 1] = (byte) c2;
    size = p + 2;
    return this;
  }

  /**
   * Appends a line break. Formats write one per line, and in JSON mode the general path for a
   * character that must be escaped cost about a tenth of rendering a chain of thought.
   */
  public TextBuffer newline() {
    ensure(2);
    if (json) {
      buf[size++] = '\\';
      buf[size++] = 'n';
    } else {
      buf[size++] = '\n';
    }
    return this;
  }

  /** Whether a character is written as the one byte of its code. */
  private boolean verbatim(char c) {
    return json ? c >= 0x20 && c < 0x80 && c != '"' && c != '\\' : c < 0x80;
  }

  /** The number of bytes written. */
  public int length() {
    return size;
  }

  /** The buffer's bytes; valid up to {@link #length()}, and only until the next append. */
  public byte[] array() {
    return buf;
  }

  /**
   * Cuts the buffer back to its first {@code length} bytes, a length it had before.
   *
   * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@link #length()}
   */
  public void truncate(int length) {
    if (length < 0 || length > size) {
      throw new IndexOutOfBoundsException("length " + length + " of " + size);
    }
    size = length;
  }

  /** Empties the buffer, keeping its capacity. */
  public void reset() {
    size = 0;
  }

  /** The text, decoded from UTF-8; in JSON mode it is the escaped form. */
  @Override
  public String toString() {
    return new String(buf, 0, size, StandardCharsets.UTF_8);
  }

  /**
   * Writes the character at {@code i}, one that is not written as its one byte, with a surrogate
   * pair as one code point.
   *
   * @return the index of the last character written
   */
  private int special(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      appendCodePoint(Character.toCodePoint(c, s.charAt(++i)));
    } else if (Character.isSurrogate(c)) {
      ascii('?');
    } else {
      appendCodePoint(c);
    }
    return i;
  }

  private TextBuffer appendCodePoint(int cp) {
    ensure(6);
    byte[] b = buf;
    int p = size;
    if (cp < 0x80) {
      // Only JSON mode gets here with an ASCII character: one that must be escaped.
      b[p++] = '\\';
      switch (cp) {
        case '"' -> b[p++] = '"';
        case '\\' -> b[p++] = '\\';
        case '\n' -> b[p++] = 'n';
        case '\r' -> b[p++] = 'r';
        case '\t' -> b[p++] = 't';
        default -> {
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = HEX[cp >> 4];
          b[p++] = HEX[cp & 15];
        }
      }
    } else if (cp < 0x800) {
      b[p++] = (byte) (0xC0 | (cp >> 6));
      b[p++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      b[p++] = (byte) (0xE0 | (cp >> 12));
      b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[p++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      b[p++] = (byte) (0xF0 | (cp >> 18));
      b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[p++] = (byte) (0x80 | (cp & 0x3F));
    }
    size = p;
    return this;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      grow(more);
    }
  }

  private void grow(int more) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
  }
}
