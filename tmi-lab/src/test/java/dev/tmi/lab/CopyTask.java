package dev.tmi.lab;

import dev.tmi.lab.data.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A trivial task for tests: repeat the prompt. */
public final class CopyTask {
  public static final Tokenizer TOKENIZER = new Tokenizer("abcdef");

  private CopyTask() {}

  public static List<String> prompts(long seed, int count, int minLen, int maxLen) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = rng.nextInt(minLen, maxLen + 1);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        sb.append((char) ('a' + rng.nextInt(6)));
      }
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
