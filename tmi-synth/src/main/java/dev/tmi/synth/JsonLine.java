package dev.tmi.synth;

import dev.tmi.engine.format.TextBuffer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one JSON object per line straight into a byte buffer, escaping strings and encoding UTF-8
 * in one pass (see {@link TextBuffer}). The sample writer's hot path: a chain of thought is
 * kilobytes of short lines, and going through a general-purpose generator costs two extra copies
 * per character. Nested values (instance, answer) are passed in already serialized by Jackson.
 */
final class JsonLine {
  /** {@code "name":} in UTF-8, per field name. */
  private static final ConcurrentHashMap<String, byte[]> KEYS = new ConcurrentHashMap<>();

  /**
   * A direct-mapped front for {@link #KEYS}, keyed by the name's hash code, for names not made into
   * a {@link Key} up front (a task's length parameters). Such names are string constants, so the
   * check is an identity compare and the map is only consulted on a miss. Slots hold immutable
   * entries, so a racy read sees an old or a new complete one.
   */
  private static final Key[] RECENT = new Key[64];

  /**
   * A field name with its encoded form, {@code "name":} in UTF-8. Writers with a fixed set of
   * fields make one per field up front ({@link #key}), so that writing a name is a copy.
   */
  record Key(String name, byte[] bytes) {}

  /** The key of a field name. */
  static Key key(String name) {
    return new Key(name, encodedName(name));
  }

  private final Bytes out;
  private final TextBuffer scratch;
  private boolean first;

  /** A writer with its own scratch buffer. */
  JsonLine(Bytes out) {
    this(out, TextBuffer.json());
  }

  /**
   * A writer that escapes strings in {@code scratch}, a {@linkplain TextBuffer#json() JSON buffer}
   * the caller reuses from line to line.
   */
  JsonLine(Bytes out, TextBuffer scratch) {
    if (!scratch.isJson()) {
      throw new IllegalArgumentException("the scratch buffer does not escape for JSON");
    }
    this.out = out;
    this.scratch = scratch;
  }

  JsonLine begin() {
    out.write('{');
    first = true;
    return this;
  }

  /**
   * Continues a line whose start (up to a value, followed by more fields) is already written: the
   * next field is preceded by a comma.
   */
  JsonLine continued() {
    first = false;
    return this;
  }

  /** The next field is the first of an object whose opening brace is already written. */
  JsonLine opened() {
    first = true;
    return this;
  }

  /** Writes JSON text as it is, such as pre-encoded fields; fields after it get a comma. */
  JsonLine verbatim(byte[] json) {
    out.write(json, 0, json.length);
    first = false;
    return this;
  }

  /** Writes the decimal digits of a number, with no name or comma (a value, or part of one). */
  JsonLine digits(long value) {
    out.decimal(value);
    return this;
  }

  void end() {
    out.write('}');
    out.write('\n');
  }

  JsonLine field(String name, CharSequence value) {
    return field(recentKey(name), value);
  }

  JsonLine field(Key key, CharSequence value) {
    name(key);
    string(value);
    return this;
  }

  /**
   * A string field whose text is already escaped, as a {@linkplain TextBuffer#json() JSON buffer}.
   */
  JsonLine field(Key key, TextBuffer escaped) {
    if (!escaped.isJson()) {
      throw new IllegalArgumentException("the text buffer does not escape for JSON");
    }
    name(key);
    quoted(escaped);
    return this;
  }

  JsonLine field(String name, long value) {
    return field(recentKey(name), value);
  }

  JsonLine field(Key key, long value) {
    name(key);
    return digits(value);
  }

  /** A field whose value is already-serialized JSON. */
  JsonLine raw(Key key, Bytes json) {
    name(key);
    out.write(json.array(), 0, json.length());
    return this;
  }

  JsonLine objectStart(Key key) {
    name(key);
    out.write('{');
    first = true;
    return this;
  }

  JsonLine objectEnd() {
    out.write('}');
    first = false;
    return this;
  }

  /** The key of a name that is not known up front, such as a task's length parameter. */
  private static Key recentKey(String name) {
    int slot = name.hashCode() & (RECENT.length - 1);
    Key recent = RECENT[slot];
    if (recent == null || recent.name != name) {
      recent = key(name);
      RECENT[slot] = recent;
    }
    return recent;
  }

  /** Writes a field's name: a comma unless it is the object's first, then {@code "name":}. */
  JsonLine name(Key key) {
    byte[] bytes = key.bytes;
    out.reserve(bytes.length + 1);
    if (!first) {
      out.write(',');
    }
    first = false;
    out.write(bytes, 0, bytes.length);
    return this;
  }

  private static byte[] encodedName(String name) {
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
    return key;
  }

  /**
   * Writes a quoted, escaped JSON string in UTF-8. Text that needs escaping is escaped by the
   * scratch {@link TextBuffer} (one implementation of the escaping for chains of thought and every
   * other string).
   */
  void string(CharSequence s) {
    String text = s.toString();
    // Text up to its first character to escape goes straight into the line, and only the rest
    // through the escaping buffer: a query is a few hundred characters, most of them plain.
    int plain = out.quotedPlain(text);
    if (plain < text.length()) {
      scratch.reset();
      scratch.append(text, plain);
      out.closeQuoted(scratch);
    }
  }

  private void quoted(TextBuffer escaped) {
    out.write('"');
    out.closeQuoted(escaped);
  }
}
