package dev.tmi.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An approximate token count for when no tokenizer is given, labelled {@code approx} wherever it is
 * shown. It splits text with the pre-tokenizer pattern of Qwen2/Qwen2.5/Qwen3 (every digit on its
 * own, letter runs, punctuation runs, newline runs, spaces) and counts one token per piece, plus
 * one per further {@value #LETTERS_PER_TOKEN} letters of a long letter run, one where a symbol is
 * glued to a word of three or more letters ({@code \boxed}, {@code +carry}: BPE keeps the symbol
 * apart), and one per ChatML special token. BPE never merges across these pieces, so the count of
 * pieces is a lower bound; the two extra rules approximate the splits BPE makes. See {@code
 * docs/token-statistics.md} for its measured error against Qwen's tokenizer.
 */
public final class ApproxTokenCounter implements TokenCounter {
  /** Letters a long letter run needs for each token after the first. */
  static final int LETTERS_PER_TOKEN = 10;

  private static final Pattern SPECIAL = Pattern.compile("<\\|im_start\\|>|<\\|im_end\\|>");

  private static final Pattern PRE =
      Pattern.compile(
          "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}"
              + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+");

  @Override
  public String name() {
    return "approx (Qwen2 pre-tokenizer pieces; see docs/token-statistics.md)";
  }

  @Override
  public boolean exact() {
    return false;
  }

  @Override
  public int count(String text) {
    int n = 0;
    Matcher sp = SPECIAL.matcher(text);
    int from = 0;
    while (sp.find()) {
      n += pieces(text, from, sp.start()) + 1;
      from = sp.end();
    }
    return n + pieces(text, from, text.length());
  }

  private static int pieces(String text, int from, int to) {
    if (from >= to) {
      return 0;
    }
    Matcher m = PRE.matcher(text).region(from, to);
    int n = 0;
    while (m.find()) {
      int letters = 0;
      for (int i = m.start(); i < m.end(); i++) {
        if (Character.isLetter(text.charAt(i))) {
          letters++;
        }
      }
      n += 1 + Math.max(0, (letters - 1) / LETTERS_PER_TOKEN);
      // A word glued to a symbol ("\\boxed", "+carry"): BPE keeps the symbol apart unless the
      // word is very short.
      char first = text.charAt(m.start());
      if (letters >= 3 && !Character.isLetter(first) && !Character.isWhitespace(first)) {
        n++;
      }
    }
    return n;
  }
}
