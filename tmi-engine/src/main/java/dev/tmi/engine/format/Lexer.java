package dev.tmi.engine.format;

import dev.tmi.engine.trace.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a trace line into literals, cell names and symbols. A {@code -} directly before a digit is
 * a negative number when an operand is expected.
 */
final class Lexer {
  private Lexer() {}

  /**
   * Tokenizes {@code s[from, to)}.
   *
   * @return the tokens, or {@code null} if the text holds something no trace line contains
   */
  static List<Token> tokenize(String s, int from, int to) {
    List<Token> out = new ArrayList<>(16);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      boolean operandExpected =
          out.isEmpty()
              || (out.get(out.size() - 1).kind() == Token.Kind.SYMBOL
                  && !out.get(out.size() - 1).text().equals(")"));
      if ((c >= '0' && c <= '9')
          || (c == '-' && operandExpected && i + 1 < to && isDigit(s.charAt(i + 1)))) {
        int j = i + 1;
        while (j < to && isDigit(s.charAt(j))) {
          j++;
        }
        if (j + 1 < to && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
          j++;
          while (j < to && isDigit(s.charAt(j))) {
            j++;
          }
        }
        out.add(new Token(Token.Kind.LITERAL, s.substring(i, j)));
        i = j;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < to && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= to) {
          return null;
        }
        String lit = s.substring(i, j + 1);
        try {
          Literals.unquote(lit);
        } catch (IllegalArgumentException e) {
          return null;
        }
        out.add(new Token(Token.Kind.LITERAL, lit));
        i = j + 1;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        int depth = 0;
        while (j < to) {
          char d = s.charAt(j);
          if (d == '[') {
            depth++;
          } else if (d == ']') {
            if (depth == 0) {
              break;
            }
            depth--;
          } else if (!(Character.isLetterOrDigit(d) || d == '_' || (depth > 0 && d == ','))) {
            break;
          }
          j++;
        }
        if (depth != 0) {
          return null;
        }
        String word = s.substring(i, j);
        if (word.equals(Literals.INF)) {
          out.add(new Token(Token.Kind.LITERAL, word));
        } else {
          out.add(new Token(Token.Kind.NAME, word));
        }
        i = j;
      } else {
        String sym = symbolAt(s, i, to);
        if (sym == null) {
          return null;
        }
        out.add(new Token(Token.Kind.SYMBOL, sym));
        i += sym.length();
      }
    }
    return out;
  }

  private static String symbolAt(String s, int i, int to) {
    char c = s.charAt(i);
    char d = i + 1 < to ? s.charAt(i + 1) : 0;
    return switch (c) {
      case ':' -> d == '=' ? ":=" : null;
      case '/' -> d == '/' ? "//" : null;
      case '=' -> d == '=' ? "==" : "=";
      case '!' -> d == '=' ? "!=" : null;
      case '<' -> d == '=' ? "<=" : "<";
      case '>' -> d == '=' ? ">=" : ">";
      case '-' -> d == '>' ? "->" : "-";
      case '+' -> "+";
      case '*' -> "*";
      case '%' -> "%";
      case '(' -> "(";
      case ')' -> ")";
      case ',' -> ",";
      default -> null;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
