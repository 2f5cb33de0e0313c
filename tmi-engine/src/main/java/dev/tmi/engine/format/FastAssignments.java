package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the commonest lines, {@code name=value, name=value} and {@code name:=value, ...}, in one
 * scan without tokens. Anything unusual returns {@code null} and the general lexer takes over, so
 * this only makes parsing faster, never different.
 */
final class FastAssignments {
  private FastAssignments() {}

  /**
   * Parses fetches or writes from {@code s}, or returns {@code null} if the line is not a plain
   * list of assignments of one kind.
   */
  static List<Event> parse(String s) {
    int n = s.length();
    int i = 0;
    List<Event> out = null;
    Boolean writes = null;
    while (true) {
      int nameStart = i;
      if (i >= n || !isLetter(s.charAt(i))) {
        return null;
      }
      i++;
      int depth = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '[') {
          depth++;
        } else if (c == ']') {
          if (depth == 0) {
            return null;
          }
          depth--;
        } else if (!(isLetter(c) || isDigit(c) || c == '_' || (depth > 0 && c == ','))) {
          break;
        }
        i++;
      }
      if (depth != 0 || i >= n) {
        return null;
      }
      String name = s.substring(nameStart, i);
      if (name.equals("inf") || name.equals("max") || name.equals("min")) {
        return null;
      }
      boolean write;
      if (s.charAt(i) == '=') {
        write = false;
        i++;
      } else if (s.charAt(i) == ':' && i + 1 < n && s.charAt(i + 1) == '=') {
        write = true;
        i += 2;
      } else {
        return null;
      }
      if (writes == null) {
        writes = write;
      } else if (writes != write) {
        return null;
      }
      int valueStart = i;
      int end = literalEnd(s, i);
      if (end < 0) {
        return null;
      }
      String value = s.substring(valueStart, end);
      if (out == null) {
        out = new ArrayList<>(4);
      }
      out.add(write ? new Write(name, value) : new Fetch(name, value));
      i = end;
      if (i == n) {
        return out;
      }
      if (i + 1 < n && s.charAt(i) == ',' && s.charAt(i + 1) == ' ') {
        i += 2;
      } else {
        return null;
      }
    }
  }

  /** The end of the literal starting at {@code i}, or -1 if none starts there. */
  private static int literalEnd(String s, int i) {
    int n = s.length();
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
    if (s.startsWith(Literals.INF, i)) {
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
