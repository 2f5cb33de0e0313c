package dev.tmi.engine.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tmi.engine.trace.Literals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of a task's answer: how it is boxed, how a model's boxed text is read back, and how two
 * answers compare. Comparison is canonical (numbers by value, lists by elements, sets as sets) and
 * never gives credit for a substring.
 */
public enum AnswerKind {
  /** A decimal number, compared by value. */
  DECIMAL,
  /** An integer of any size, compared by value. */
  INTEGER,
  /** One of {@code <}, {@code =}, {@code >}. */
  RELATION,
  /** A text compared exactly. */
  TEXT,
  /** An ordered list of integers. */
  INT_LIST,
  /** A set of texts, written as a list. */
  TEXT_SET,
  /** An ordered list of integer pairs. */
  INT_PAIR_LIST;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A plain decimal: compiled once (String.matches compiles its pattern on every call). */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  /** The boxed text of a canonical answer. */
  public String box(JsonNode answer) {
    return switch (this) {
      case DECIMAL, INTEGER, RELATION, TEXT -> answer.asText();
      case INT_LIST, TEXT_SET -> {
        StringBuilder sb = new StringBuilder(2 + answer.size() * 8).append('[');
        for (int i = 0; i < answer.size(); i++) {
          element(sb.append(i == 0 ? "" : ", "), answer.get(i));
        }
        yield sb.append(']').toString();
      }
      case INT_PAIR_LIST -> {
        StringBuilder sb = new StringBuilder(2 + answer.size() * 12).append('[');
        for (int i = 0; i < answer.size(); i++) {
          JsonNode p = answer.get(i);
          element(sb.append(i == 0 ? "(" : ", ("), p.get(0));
          element(sb.append(", "), p.get(1)).append(')');
        }
        yield sb.append(']').toString();
      }
    };
  }

  /** Appends an element's text: an integer's digits go straight in, without a string each. */
  private static StringBuilder element(StringBuilder sb, JsonNode e) {
    return e.isInt() || e.isLong() ? sb.append(e.longValue()) : sb.append(e.asText());
  }

  /** Reads a model's boxed text leniently; empty if it cannot be an answer of this kind. */
  public Optional<JsonNode> read(String boxed) {
    String t = Surface.clean(boxed);
    try {
      return Optional.ofNullable(
          switch (this) {
            case DECIMAL -> readNumber(t, false);
            case INTEGER -> readNumber(t, true);
            case RELATION -> readRelation(t);
            case TEXT -> JSON.textNode(boxed.strip());
            case INT_LIST -> readIntList(t);
            case TEXT_SET -> readTextList(t);
            case INT_PAIR_LIST -> readPairs(t);
          });
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a model's answer (from {@link #read}) equals the canonical one. */
  public boolean matches(JsonNode canonical, JsonNode read) {
    return switch (this) {
      case DECIMAL, INTEGER ->
          new BigDecimal(canonical.asText()).compareTo(new BigDecimal(read.asText())) == 0;
      case RELATION -> canonical.asText().equals(read.asText());
      case TEXT -> canonical.asText().equals(read.asText()) || unwrapText(read, canonical);
      case INT_LIST -> sameInts(canonical, read);
      case INT_PAIR_LIST -> {
        boolean same = canonical.size() == read.size();
        for (int i = 0; same && i < canonical.size(); i++) {
          same = sameInts(canonical.get(i), read.get(i));
        }
        yield same;
      }
      case TEXT_SET -> {
        Set<String> a = new HashSet<>();
        canonical.forEach(n -> a.add(n.asText()));
        Set<String> b = new HashSet<>();
        read.forEach(n -> b.add(n.asText()));
        yield a.equals(b) && read.size() == b.size();
      }
    };
  }

  /** Reads and compares in one go: whether the boxed text is the canonical answer. */
  public boolean accepts(JsonNode canonical, String boxed) {
    Optional<JsonNode> read = read(boxed);
    return read.isPresent() && matches(canonical, read.get());
  }

  private static boolean sameInts(JsonNode a, JsonNode b) {
    if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode x = a.get(i);
      JsonNode y = b.get(i);
      if (!x.isIntegralNumber() || !y.isIntegralNumber()) {
        return false;
      }
      // Most answers' numbers fit a long: compared without a BigInteger for each.
      boolean same =
          x.canConvertToLong() && y.canConvertToLong()
              ? x.longValue() == y.longValue()
              : x.bigIntegerValue().equals(y.bigIntegerValue());
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private static boolean unwrapText(JsonNode read, JsonNode canonical) {
    return Surface.clean(read.asText()).equals(canonical.asText());
  }

  private static JsonNode readNumber(String t, boolean integer) {
    String s = t.replace(" ", "").replace(",", "");
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (integer) {
      BigDecimal d = new BigDecimal(s);
      return JSON.textNode(d.toBigIntegerExact().toString());
    }
    if (!PLAIN_DECIMAL.matcher(s).matches()) {
      return null;
    }
    return JSON.textNode(s);
  }

  private static JsonNode readRelation(String t) {
    String s = t.replace(" ", "");
    return switch (s) {
      case "<", "\\lt", "less", "smaller" -> JSON.textNode("<");
      case ">", "\\gt", "greater", "larger" -> JSON.textNode(">");
      case "=", "==", "equal" -> JSON.textNode("=");
      default -> null;
    };
  }

  private static List<String> items(String t) {
    String s = t.strip();
    if ((s.startsWith("[") && s.endsWith("]")) || (s.startsWith("{") && s.endsWith("}"))) {
      s = s.substring(1, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    if (s.isBlank()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(s.substring(start).strip());
    return out;
  }

  private static JsonNode readIntList(String t) {
    ArrayNode canonical = readCanonicalIntList(t);
    return canonical != null ? canonical : readAnyIntList(t);
  }

  /** Reads a list of integers in any form {@link #items} splits. */
  static ArrayNode readAnyIntList(String t) {
    ArrayNode a = JSON.arrayNode();
    for (String item : items(t)) {
      String digits = item.replace(" ", "");
      long small = Literals.parseSmall(digits);
      a.add(
          small != Literals.NOT_SMALL
              ? JSON.numberNode(small)
              : JSON.numberNode(new BigInteger(digits)));
    }
    return a;
  }

  /**
   * Reads a list in exactly the form {@link #box} writes, {@code [2, -3, 5]} with numbers of at
   * most 18 digits, in one pass; {@code null} for any other text, which {@link #readIntList} reads
   * the general way. Most boxed lists a model writes are in this form, and the general reading cost
   * a string per item.
   */
  static ArrayNode readCanonicalIntList(String t) {
    int n = t.length();
    if (n < 2 || t.charAt(0) != '[' || t.charAt(n - 1) != ']') {
      return null;
    }
    ArrayNode a = JSON.arrayNode();
    int i = 1;
    if (n == 2) {
      return a;
    }
    while (true) {
      boolean negative = i < n && t.charAt(i) == '-';
      if (negative) {
        i++;
      }
      int start = i;
      long v = 0;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9' && i - start < 18) {
        v = v * 10 + (t.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      a.add(negative ? -v : v);
      if (i == n - 1) {
        return a;
      }
      if (i + 2 >= n || t.charAt(i) != ',' || t.charAt(i + 1) != ' ') {
        return null;
      }
      i += 2;
    }
  }

  private static JsonNode readTextList(String t) {
    ArrayNode a = JSON.arrayNode();
    for (String item : items(t)) {
      String s = item;
      if (s.length() >= 2
          && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
        s = s.substring(1, s.length() - 1);
      }
      if (s.isEmpty()) {
        return null;
      }
      a.add(s);
    }
    return a;
  }

  private static JsonNode readPairs(String t) {
    ArrayNode a = JSON.arrayNode();
    for (String item : items(t)) {
      String s = item.strip();
      if (!((s.startsWith("(") && s.endsWith(")")) || (s.startsWith("[") && s.endsWith("]")))) {
        return null;
      }
      String[] parts = s.substring(1, s.length() - 1).split(",");
      if (parts.length != 2) {
        return null;
      }
      ArrayNode p = JSON.arrayNode();
      p.add(JSON.numberNode(new BigInteger(parts[0].strip())));
      p.add(JSON.numberNode(new BigInteger(parts[1].strip())));
      a.add(p);
    }
    return a;
  }
}
