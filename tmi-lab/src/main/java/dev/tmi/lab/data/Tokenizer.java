package dev.tmi.lab.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A character-level tokenizer over the characters of the tasks' texts, plus four special tokens.
 * It is saved with the checkpoint as its list of characters.
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
  private final Map<Character, Integer> ids = new HashMap<>();

  /** A tokenizer over exactly these characters, in this order. */
  public Tokenizer(String chars) {
    this.chars = chars;
    for (int i = 0; i < chars.length(); i++) {
      if (ids.put(chars.charAt(i), SPECIALS + i) != null) {
        throw new IllegalArgumentException("duplicate character in vocabulary: " + chars.charAt(i));
      }
    }
  }

  /** The tokenizer of all characters of the given texts, sorted. */
  public static Tokenizer of(Collection<String> texts) {
    TreeSet<Character> set = new TreeSet<>();
    for (String t : texts) {
      for (int i = 0; i < t.length(); i++) {
        set.add(t.charAt(i));
      }
    }
    StringBuilder sb = new StringBuilder();
    set.forEach(sb::append);
    return new Tokenizer(sb.toString());
  }

  /** The characters, in id order (what a checkpoint stores). */
  public String chars() {
    return chars;
  }

  /** The vocabulary size, specials included. */
  public int size() {
    return SPECIALS + chars.length();
  }

  /**
   * The ids of a text.
   *
   * @throws IllegalArgumentException naming the first character the vocabulary lacks
   */
  public int[] encode(String text) {
    int[] out = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      Integer id = ids.get(text.charAt(i));
      if (id == null) {
        throw new IllegalArgumentException(
            "character '" + text.charAt(i) + "' at " + i + " is not in the model's vocabulary");
      }
      out[i] = id;
    }
    return out;
  }

  /** Whether every character of the text is in the vocabulary. */
  public boolean covers(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!ids.containsKey(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text of ids; special tokens are dropped. */
  public String decode(int[] tokens, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (tokens[i] >= SPECIALS && tokens[i] < size()) {
        sb.append(chars.charAt(tokens[i] - SPECIALS));
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
      default -> String.valueOf(chars.charAt(id - SPECIALS));
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
