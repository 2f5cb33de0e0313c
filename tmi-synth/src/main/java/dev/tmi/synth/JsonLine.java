package dev.tmi.synth;

import java.nio.charset.StandardCharsets;

/**
 * Writes one JSON object per line straight into a byte buffer, escaping strings and encoding
 * UTF-8 in one pass. The sample writer's hot path: a chain of thought is kilobytes of short lines,
 * and going through a general-purpose generator costs two extra copies per character. Nested
 * values (instance, answer) are passed in already serialized by Jackson.
 */
final class JsonLine {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

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
    if (!first) {
      out.write(',');
    }
    first = false;
    string(name);
    out.write(':');
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      out.write(s.charAt(i));
    }
  }

  /** Writes a quoted, escaped JSON string in UTF-8. */
  void string(CharSequence s) {
    int n = s.length();
    out.reserve(n + 2);
    byte[] buf = out.array();
    int o = out.length();
    buf[o++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        if (o >= buf.length - 1) {
          out.setLength(o);
          out.reserve(n - i + 8);
          buf = out.array();
        }
        buf[o++] = (byte) c;
        continue;
      }
      out.setLength(o);
      out.reserve(n - i + 12);
      buf = out.array();
      if (c < 0x80) {
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
      } else if (c < 0x800) {
        buf[o++] = (byte) (0xC0 | (c >> 6));
        buf[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[o++] = (byte) (0xF0 | (cp >> 18));
        buf[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[o++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate is not valid UTF-8; escape it so the JSON stays readable.
        buf[o++] = '\\';
        buf[o++] = 'u';
        buf[o++] = HEX[(c >> 12) & 15];
        buf[o++] = HEX[(c >> 8) & 15];
        buf[o++] = HEX[(c >> 4) & 15];
        buf[o++] = HEX[c & 15];
      } else {
        buf[o++] = (byte) (0xE0 | (c >> 12));
        buf[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[o++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    out.setLength(o);
    out.write('"');
  }
}
