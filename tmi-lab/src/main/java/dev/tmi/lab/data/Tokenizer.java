package dev.tmi.lab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A character-level tokenizer over the characters of the tasks' texts, plus four special tokens,
 * and optionally whole words: the names of the input tape's cells ({@code x[3]}, {@code t17}). It
 * is saved with the checkpoint as its list of characters and its list of words.
 *
 * <p>Why name tokens: a Memory Fetcher step ({@code x[3]=-14}) copies a value from the tape cell of
 * the same name. With one token per character the key of that copy is several tokens long ({@code
 * x}, {@code [}, {@code 3}, {@code ]}); with the name as one token the copy is a plain
 * induction-head match (find the earlier occurrence of the same token, read what follows it).
 * Numbers and everything else stay one character per token. Measured so far (lab-results.md): no
 * difference in the loss curves at 0.5-1.5M tokens, and a name that only M or L inputs use is a
 * token the model never saw in training, so it is an option, off by default.
 */
public final class Tokenizer {
  /** Padding (never attended to by real tokens, never in the loss). */
  public static final int PAD = 0;

  /** The start of a sequence. */
  public static final int BOS = 1;

  /** The end of the prompt; the response starts after it. */
  public static final int SEP = 2;

  /** The end of the response. */
  public static final int EOS = 3;

  private static final int SPECIALS = 4;

  private final String chars;
  private final List<String> words;
  private final Map<Character, Integer> ids = new HashMap<>();
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final int longestWord;

  /** A tokenizer over exactly these characters, in this order. */
  public Tokenizer(String chars) {
    this(chars, List.of());
  }

  /**
   * A tokenizer over these characters and these words (ids in this order, words after the
   * characters). A word is matched only as a whole name: not preceded or followed by a letter,
   * digit, {@code _}, {@code [} or {@code ]}, so {@code t1} never splits {@code t12}.
   *
   * @throws IllegalArgumentException for a duplicate, a word of fewer than two characters, or a
   *     word with a character outside {@code chars}
   */
  public Tokenizer(String chars, List<String> words) {
    this.chars = chars;
    this.words = List.copyOf(words);
    for (int i = 0; i < chars.length(); i++) {
      if (ids.put(chars.charAt(i), SPECIALS + i) != null) {
        throw new IllegalArgumentException("duplicate character in vocabulary: " + chars.charAt(i));
      }
    }
    int longest = 0;
    for (int j = 0; j < this.words.size(); j++) {
      String w = this.words.get(j);
      if (w.length() < 2 || !coversChars(w)) {
        throw new IllegalArgumentException("not a word of this vocabulary: '" + w + "'");
      }
      if (wordIds.put(w, SPECIALS + chars.length() + j) != null) {
        throw new IllegalArgumentException("duplicate word in vocabulary: " + w);
      }
      longest = Math.max(longest, w.length());
    }
    this.longestWord = longest;
  }

  /** The tokenizer of all characters of the given texts, sorted. */
  public static Tokenizer of(Collection<String> texts) {
    return of(texts, List.of());
  }

  /**
   * The tokenizer of all characters of the given texts, sorted, plus the given words (sorted,
   * without duplicates, those of one character dropped: a character is a token already).
   */
  public static Tokenizer of(Collection<String> texts, Collection<String> words) {
    TreeSet<Character> set = new TreeSet<>();
    for (String t : texts) {
      for (int i = 0; i < t.length(); i++) {
        set.add(t.charAt(i));
      }
    }
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        set.add(w.charAt(i));
      }
    }
    StringBuilder sb = new StringBuilder();
    set.forEach(sb::append);
    TreeSet<String> ws = new TreeSet<>();
    words.stream().filter(w -> w.length() > 1).forEach(ws::add);
    return new Tokenizer(sb.toString(), List.copyOf(ws));
  }

  /** The characters, in id order (what a checkpoint stores). */
  public String chars() {
    return chars;
  }

  /** The words (multi-character tokens), in id order after the characters; often empty. */
  public List<String> words() {
    return words;
  }

  /** The vocabulary size, specials included. */
  public int size() {
    return SPECIALS + chars.length() + words.size();
  }

  /**
   * The ids of a text.
   *
   * @throws IllegalArgumentException naming the first character the vocabulary lacks
   */
  public int[] encode(String text) {
    int[] out = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int w = wordAt(text, i);
      if (w > 0) {
        out[n++] = wordIds.get(text.substring(i, i + w));
        i += w;
        continue;
      }
      Integer id = ids.get(text.charAt(i));
      if (id == null) {
        throw new IllegalArgumentException(
            "character '" + text.charAt(i) + "' at " + i + " is not in the model's vocabulary");
      }
      out[n++] = id;
      i++;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * For each character of a text, the index of the token that holds it in {@link #encode(String)}:
   * the identity without words (for attention maps, which mark characters).
   */
  public int[] tokenIndex(String text) {
    int[] out = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); n++) {
      int w = Math.max(1, wordAt(text, i));
      for (int k = 0; k < w; k++) {
        out[i + k] = n;
      }
      i += w;
    }
    return out;
  }

  /** The length of the longest word that is a whole name at {@code i}, or 0. */
  private int wordAt(String text, int i) {
    if (longestWord == 0 || (i > 0 && nameChar(text.charAt(i - 1)))) {
      return 0;
    }
    int end = i;
    while (end < text.length() && end - i < longestWord && nameChar(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && nameChar(text.charAt(end))) {
      return 0; // a longer name than any word: spelled out character by character
    }
    return end - i > 1 && wordIds.containsKey(text.substring(i, end)) ? end - i : 0;
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '[' || c == ']';
  }

  private boolean coversChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!ids.containsKey(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character of the text is in the vocabulary. */
  public boolean covers(String text) {
    return coversChars(text);
  }

  /** The text of ids; special tokens are dropped. */
  public String decode(int[] tokens, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int t = tokens[i];
      if (t >= SPECIALS && t < SPECIALS + chars.length()) {
        sb.append(chars.charAt(t - SPECIALS));
      } else if (t >= SPECIALS + chars.length() && t < size()) {
        sb.append(words.get(t - SPECIALS - chars.length()));
      }
    }
    return sb.toString();
  }

  /** The text of one id, special tokens shown in angle brackets (for attention maps). */
  public String show(int id) {
    return switch (id) {
      case PAD -> "<pad>";
      case BOS -> "<s>";
      case SEP -> "<sep>";
      case EOS -> "</s>";
      default ->
          id < SPECIALS + chars.length()
              ? String.valueOf(chars.charAt(id - SPECIALS))
              : words.get(id - SPECIALS - chars.length());
    };
  }

  /** The training sequence {@code BOS prompt SEP response EOS}. */
  public int[] sequence(String prompt, String response) {
    int[] p = encode(prompt);
    int[] r = encode(response);
    int[] s = new int[p.length + r.length + 3];
    s[0] = BOS;
    System.arraycopy(p, 0, s, 1, p.length);
    s[p.length + 1] = SEP;
    System.arraycopy(r, 0, s, p.length + 2, r.length);
    s[s.length - 1] = EOS;
    return s;
  }

  /** The decoding prefix {@code BOS prompt SEP}. */
  public int[] prefix(String prompt) {
    int[] p = encode(prompt);
    int[] s = new int[p.length + 2];
    s[0] = BOS;
    System.arraycopy(p, 0, s, 1, p.length);
    s[p.length + 1] = SEP;
    return s;
  }

  /** Lists the ids of a text for display. */
  public List<String> pieces(int[] tokens) {
    List<String> out = new ArrayList<>(tokens.length);
    for (int t : tokens) {
      out.add(show(t));
    }
    return out;
  }
}
