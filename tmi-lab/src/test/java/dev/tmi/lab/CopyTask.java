package dev.tmi.lab;

import dev.tmi.lab.data.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A trivial task for tests: repeat the prompt, a string of distinct letters. */
public final class CopyTask {
  public static final Tokenizer TOKENIZER = new Tokenizer("abcdef");

  private CopyTask() {}

  public static List<String> prompts(long seed, int count, int minLen, int maxLen) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = Math.min(6, rng.nextInt(minLen, maxLen + 1));
      StringBuilder sb = new StringBuilder("abcdef");
      for (int k = 5; k > 0; k--) {
        int j = rng.nextInt(k + 1);
        char c = sb.charAt(k);
        sb.setCharAt(k, sb.charAt(j));
        sb.setCharAt(j, c);
      }
      sb.setLength(n);
      out.add(sb.toString());
    }
    return out;
  }

  public static List<int[]> sequences(List<String> prompts) {
    List<int[]> out = new ArrayList<>();
    for (String p : prompts) {
      out.add(TOKENIZER.sequence(p, p));
    }
    return out;
  }

  public static List<Integer> lossStarts(List<String> prompts) {
    List<Integer> out = new ArrayList<>();
    for (String p : prompts) {
      out.add(p.length() + 2);
    }
    return out;
  }
}
