package dev.tmi.synth;

import dev.tmi.engine.format.TextBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one JSON object per line straight into a byte buffer, escaping strings and encoding UTF-8
 * in one pass. The sample writer's hot path: a chain of thought is kilobytes of short lines, and
 * going through a general-purpose generator costs two extra copies per character. Nested values
 * (instance, answer) are passed in already serialized by Jackson.
 */
final class JsonLine {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** {@code "name":} in UTF-8, per field name. */
  private static final ConcurrentHashMap<String, byte[]> KEYS = new ConcurrentHashMap<>();

  private final Bytes out;
  private boolean first;

  JsonLine(Bytes out) {
    this.out = out;
  }

  JsonLine begin() {
    out.write('{');
    first = true;
    return this;
  }

  void end() {
    out.write('}');
    out.write('\n');
  }

  JsonLine field(String name, CharSequence value) {
    name(name);
    string(value);
    return this;
  }

  /**
   * A string field whose text is already escaped, as a {@linkplain TextBuffer#json() JSON buffer}.
   */
  JsonLine field(String name, TextBuffer escaped) {
    if (!escaped.isJson()) {
      throw new IllegalArgumentException("the text buffer does not escape for JSON");
    }
    name(name);
    int n = escaped.length();
    out.reserve(n + 2);
    out.write('"');
    out.write(escaped.array(), 0, n);
    out.write('"');
    return this;
  }

  JsonLine field(String name, long value) {
    name(name);
    ascii(Long.toString(value));
    return this;
  }

  /** A field whose value is already-serialized JSON. */
  JsonLine raw(String name, byte[] json) {
    name(name);
    out.write(json, 0, json.length);
    return this;
  }

  JsonLine objectStart(String name) {
    name(name);
    out.write('{');
    first = true;
    return this;
  }

  JsonLine objectEnd() {
    out.write('}');
    first = false;
    return this;
  }

  private void name(String name) {
    byte[] key = KEYS.get(name);
    if (key == null) {
      // Field names are a handful of constants: encode each once (an unbounded set of names,
      // e.g. a task's length parameters, would still be correct, only slower).
      Bytes b = new Bytes(name.length() + 4);
      new JsonLine(b).string(name);
      b.write(':');
      key = Arrays.copyOf(b.array(), b.length());
      if (KEYS.size() < 1024) {
        KEYS.putIfAbsent(name, key);
      }
    }
    out.reserve(key.length + 1);
    if (!first) {
      out.write(',');
    }
    first = false;
    out.write(key, 0, key.length);
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      out.write(s.charAt(i));
    }
  }

  /**
   * Writes a quoted, escaped JSON string in UTF-8. The text is encoded by the JDK's intrinsic
   * encoder first and escaped byte by byte: in UTF-8 only bytes below 0x20, {@code "} and {@code
   * \\} need escaping, and a byte loop over an array is several times faster than {@code charAt} on
   * a builder. As with {@link String#getBytes}, a lone surrogate (never produced by the tasks) is
   * written as {@code ?}.
   */
  void string(CharSequence s) {
    escaped(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void escaped(byte[] b) {
    int n = b.length;
    out.reserve(n + 2);
    byte[] buf = out.array();
    int o = out.length();
    buf[o++] = '"';
    for (int i = 0; i < n; i++) {
      byte c = b[i];
      if ((c >= 0x20 || c < 0) && c != '"' && c != '\\') {
        buf[o++] = c;
        continue;
      }
      // An escape takes up to six bytes for one: make room for it and the rest of the string.
      out.setLength(o);
      out.reserve(n - i + 8);
      buf = out.array();
      buf[o++] = '\\';
      switch (c) {
        case '"' -> buf[o++] = '"';
        case '\\' -> buf[o++] = '\\';
        case '\n' -> buf[o++] = 'n';
        case '\r' -> buf[o++] = 'r';
        case '\t' -> buf[o++] = 't';
        default -> {
          buf[o++] = 'u';
          buf[o++] = '0';
          buf[o++] = '0';
          buf[o++] = HEX[c >> 4];
          buf[o++] = HEX[c & 15];
        }
      }
    }
    out.setLength(o);
    out.write('"');
  }
}
