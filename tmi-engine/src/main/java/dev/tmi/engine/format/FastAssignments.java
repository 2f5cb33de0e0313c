package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Write;
import java.util.List;

/**
 * Reads the commonest lines, {@code name=value, name=value} and {@code name:=value, ...}, in one
 * scan without tokens. Anything unusual returns {@code null} and the general lexer takes over, so
 * this only makes parsing faster, never different.
 */
final class FastAssignments {
  private FastAssignments() {}

  /**
   * Parses fetches or writes from {@code s[from, to)} and appends them to {@code out}; returns
   * {@code false}, with {@code out} as it was, if the range is not a plain list of assignments of
   * one kind.
   */
  static boolean parse(String s, int from, int to, List<Event> out) {
    int mark = out.size();
    if (!parseInto(s, from, to, out)) {
      while (out.size() > mark) {
        out.remove(out.size() - 1);
      }
      return false;
    }
    return true;
  }

  private static boolean parseInto(String s, int from, int n, List<Event> out) {
    int i = from;
    int kind = 0; // 1 = fetches, 2 = writes
    while (true) {
      int nameStart = i;
      if (i >= n || !isLetter(s.charAt(i))) {
        return false;
      }
      i++;
      int depth = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '[') {
          depth++;
        } else if (c == ']') {
          if (depth == 0) {
            return false;
          }
          depth--;
        } else if (!(isLetter(c) || isDigit(c) || c == '_' || (depth > 0 && c == ','))) {
          break;
        }
        i++;
      }
      if (depth != 0 || i >= n) {
        return false;
      }
      if (isReserved(s, nameStart, i)) {
        return false;
      }
      int nameEnd = i;
      boolean write;
      if (s.charAt(i) == '=') {
        write = false;
        i++;
      } else if (s.charAt(i) == ':' && i + 1 < n && s.charAt(i + 1) == '=') {
        write = true;
        i += 2;
      } else {
        return false;
      }
      int k = write ? 2 : 1;
      if (kind != 0 && kind != k) {
        return false;
      }
      kind = k;
      int valueStart = i;
      int end = literalEnd(s, i, n);
      if (end < 0) {
        return false;
      }
      String name = s.substring(nameStart, nameEnd);
      String value = Literals.slice(s, valueStart, end);
      out.add(write ? new Write(name, value) : new Fetch(name, value));
      i = end;
      if (i == n) {
        return true;
      }
      if (i + 1 < n && s.charAt(i) == ',' && s.charAt(i + 1) == ' ') {
        i += 2;
      } else {
        return false;
      }
    }
  }

  /** Whether {@code s[from, to)} is a word that cannot name a cell. */
  private static boolean isReserved(String s, int from, int to) {
    int len = to - from;
    return len == 3
        && (s.startsWith("inf", from) || s.startsWith("max", from) || s.startsWith("min", from));
  }

  /** The end of the literal starting at {@code i}, or -1 if none starts there. */
  private static int literalEnd(String s, int i, int n) {
    if (i >= n) {
      return -1;
    }
    char c = s.charAt(i);
    if (c == '\'' || c == '"') {
      int j = i + 1;
      while (j < n && s.charAt(j) != c) {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      if (j >= n) {
        return -1;
      }
      try {
        Literals.unquote(s.substring(i, j + 1));
      } catch (IllegalArgumentException e) {
        return -1;
      }
      return j + 1;
    }
    if (i + Literals.INF.length() <= n && s.startsWith(Literals.INF, i)) {
      int j = i + Literals.INF.length();
      return j == n || s.charAt(j) == ',' ? j : -1;
    }
    int j = i;
    if (c == '-') {
      j++;
    }
    int digits = j;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
    }
    return j == n || s.charAt(j) == ',' ? j : -1;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
