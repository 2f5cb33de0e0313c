package dev.tmi.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.format.TextBuffer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a sample's instance and answer as JSON, byte for byte as {@link SampleJson#MAPPER} does,
 * for the shapes tasks use: records of strings, integers, booleans, lists and nested records, and
 * answer trees of text, integer, boolean, array and object nodes. Anything else, and any string
 * with a control character other than newline, carriage return and tab or with a character outside
 * the Basic Multilingual Plane (both of which Jackson escapes in its own way), goes to Jackson
 * whole. In a process that renders many tasks, Jackson's generic dispatch cost several microseconds
 * per sample, a sixth of a short sample's time.
 */
final class ValueJson {
  /** Each record class's components, in declaration order, as Jackson writes them. */
  private static final ConcurrentHashMap<Class<?>, Field[]> RECORDS = new ConcurrentHashMap<>();

  private record Field(byte[] key, Method accessor) {}

  /** An accessor's arguments: an empty array made once, not one per call. */
  private static final Object[] NO_ARGS = {};

  private final TextBuffer scratch;
  private Class<?> lastType;
  private Field[] lastFields;

  /** A writer that escapes strings in {@code scratch}, a JSON text buffer reused across calls. */
  ValueJson(TextBuffer scratch) {
    this.scratch = scratch;
  }

  /**
   * Replaces the content of {@code out} with the JSON bytes of {@code value}, without allocating a
   * result array when this class handles the value.
   */
  void into(Object value, Bytes out) {
    out.reset();
    if (!write(value, out)) {
      byte[] json = SampleJson.bytes(value);
      out.reset();
      out.write(json, 0, json.length);
    }
  }

  /** Whether {@code value} is written here rather than by Jackson. */
  boolean handles(Object value) {
    return write(value, new Bytes(64));
  }

  /** Writes {@code value}; returns {@code false} (with {@code out} partly written) for Jackson. */
  private boolean write(Object value, Bytes out) {
    if (value instanceof String s) {
      return string(s, out);
    }
    if (value instanceof Integer i) {
      out.decimal(i);
      return true;
    }
    if (value instanceof Long l) {
      out.decimal(l);
      return true;
    }
    if (value instanceof Boolean b) {
      ascii(b.toString(), out);
      return true;
    }
    if (value instanceof Collection<?> c) {
      out.write('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          out.write(',');
        }
        first = false;
        if (!write(o, out)) {
          return false;
        }
      }
      out.write(']');
      return true;
    }
    if (value instanceof JsonNode n) {
      return node(n, out);
    }
    // The record type of the last instance decides without asking the class (a native call).
    if (value != null && (value.getClass() == lastType || value.getClass().isRecord())) {
      return record(value, out);
    }
    return false;
  }

  private boolean record(Object value, Bytes out) {
    // A writer serves one task, whose instances are one record type (or a few, nested).
    Class<?> type = value.getClass();
    Field[] fields = lastFields;
    if (type != lastType) {
      fields = RECORDS.computeIfAbsent(type, ValueJson::fields);
      lastType = type;
      lastFields = fields;
    }
    out.write('{');
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(fields[i].key(), 0, fields[i].key().length);
      Object v;
      try {
        v = fields[i].accessor().invoke(value, NO_ARGS);
      } catch (IllegalAccessException | InvocationTargetException e) {
        return false;
      }
      if (!write(v, out)) {
        return false;
      }
    }
    out.write('}');
    return true;
  }

  private boolean node(JsonNode n, Bytes out) {
    if (n instanceof TextNode) {
      return string(n.textValue(), out);
    }
    if (n instanceof IntNode || n instanceof LongNode) {
      out.decimal(n.longValue());
      return true;
    }
    if (n instanceof BooleanNode) {
      ascii(n.asText(), out);
      return true;
    }
    if (n instanceof ArrayNode a) {
      out.write('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        if (!node(a.get(i), out)) {
          return false;
        }
      }
      out.write(']');
      return true;
    }
    if (n instanceof ObjectNode o) {
      out.write('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        if (!string(e.getKey(), out)) {
          return false;
        }
        out.write(':');
        if (!node(e.getValue(), out)) {
          return false;
        }
      }
      out.write('}');
      return true;
    }
    return false;
  }

  private boolean string(String s, Bytes out) {
    int plain = out.quotedPlain(s);
    if (plain == s.length()) {
      return true;
    }
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c)) {
        return false;
      }
    }
    scratch.reset();
    scratch.append(s, plain);
    out.closeQuoted(scratch);
    return true;
  }

  private static void ascii(String s, Bytes out) {
    out.reserve(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.write(s.charAt(i));
    }
  }

  private static Field[] fields(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Field[] fields = new Field[components.length];
    for (int i = 0; i < components.length; i++) {
      Method accessor = components[i].getAccessor();
      accessor.setAccessible(true);
      String key = "\"" + components[i].getName() + "\":";
      fields[i] = new Field(key.getBytes(StandardCharsets.UTF_8), accessor);
    }
    return fields;
  }
}
