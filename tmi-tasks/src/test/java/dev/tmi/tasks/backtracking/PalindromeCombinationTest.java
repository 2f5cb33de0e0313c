package dev.tmi.tasks.backtracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotSizes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PalindromeCombinationTest extends TaskContract<PalindromeCombination.Instance> {
  private final PalindromeCombination task = new PalindromeCombination();

  @Override
  protected Task<PalindromeCombination.Instance> task() {
    return task;
  }

  /** Walks every distinct permutation (next-permutation order) and counts the palindromes. */
  @Override
  protected JsonNode independentAnswer(PalindromeCombination.Instance in) {
    char[] s = in.letters().toCharArray();
    Arrays.sort(s);
    int count = 0;
    do {
      String t = new String(s);
      if (new StringBuilder(t).reverse().toString().equals(t)) {
        count++;
      }
    } while (nextPermutation(s));
    return IntNode.valueOf(count);
  }

  private static boolean nextPermutation(char[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    char t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      t = a[l];
      a[l] = a[r];
      a[r] = t;
    }
    return true;
  }

  private String tail(String letters) {
    Recorder r = new Recorder();
    task.solve(new PalindromeCombination.Instance(letters), r);
    return Variants.TAIL.render(r.trace().events());
  }

  @Test
  void smallExampleReadsLikeTheAlgorithm() {
    assertThat(tail("abba"))
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "n=4",
                "4//2=2",
                "half:=2, odd:=0, count:=0",
                "start -> read1",
                "read1",
                "s1='a'",
                "cnt[a]:=1",
                "read1 -> read2",
                "read2",
                "s2='b'",
                "cnt[b]:=1",
                "read2 -> read3",
                "read3",
                "s3='b', cnt[b]=1",
                "1+1=2",
                "cnt[b]:=2",
                "read3 -> read4",
                "read4",
                "s4='a', cnt[a]=1",
                "1+1=2",
                "cnt[a]:=2",
                "read4 -> letter[a]",
                "letter[a]",
                "cnt[a]=2",
                "2%2=0",
                "0!=1",
                "2//2=1",
                "h[a]:=1",
                "letter[a] -> letter[b]",
                "letter[b]",
                "cnt[b]=2",
                "2%2=0",
                "0!=1",
                "2//2=1",
                "h[b]:=1",
                "letter[b] -> check",
                "check",
                "odd=0",
                "0<1",
                "check -> pos[1][a]",
                "pos[1][a]",
                "h[a]=1",
                "1>0",
                "1-1=0",
                "half=2",
                "1!=2",
                "w1:='a', h[a]:=0",
                "pos[1][a] -> pos[2][a]",
                "pos[2][a]",
                "h[a]=0",
                "0==0",
                "pos[2][a] -> pos[2][b]",
                "pos[2][b]",
                "h[b]=1",
                "1>0",
                "1-1=0",
                "half=2",
                "2==2",
                "w2:='b', h[b]:=0",
                "pos[2][b] -> leaf",
                "leaf",
                "count=0",
                "0+1=1",
                "count:=1",
                "leaf -> undo[2][b]",
                "undo[2][b]",
                "h[b]=0",
                "0+1=1",
                "h[b]:=1",
                "undo[2][b] -> undo[1][a]",
                "undo[1][a]",
                "h[a]=0",
                "0+1=1",
                "h[a]:=1",
                "undo[1][a] -> pos[1][b]",
                "pos[1][b]",
                "h[b]=1",
                "1>0",
                "1-1=0",
                "half=2",
                "1!=2",
                "w1:='b', h[b]:=0",
                "pos[1][b] -> pos[2][a]",
                "pos[2][a]",
                "h[a]=1",
                "1>0",
                "1-1=0",
                "half=2",
                "2==2",
                "w2:='a', h[a]:=0",
                "pos[2][a] -> leaf",
                "leaf",
                "count=1",
                "1+1=2",
                "count:=2",
                "leaf -> undo[2][a]",
                "undo[2][a]",
                "h[a]=0",
                "0+1=1",
                "h[a]:=1",
                "undo[2][a] -> pos[2][b]",
                "pos[2][b]",
                "h[b]=0",
                "0==0",
                "pos[2][b] -> undo[1][b]",
                "undo[1][b]",
                "h[b]=0",
                "0+1=1",
                "h[b]:=1",
                "undo[1][b] -> answer",
                "answer",
                "count=2",
                "ans:=2",
                "answer -> F"));
  }

  @Test
  void stopsAtTheParityCheckWhenTwoLettersAreOdd() {
    assertThat(tail("ab")).endsWith("check\nodd=2\n2>1\nans:=0\ncheck -> F");
  }

  @Test
  void edgeCases() {
    assertThat(task.solve(new PalindromeCombination.Instance("z"), new Recorder()).boxed())
        .isEqualTo("1");
    assertThat(task.solve(new PalindromeCombination.Instance("aaaa"), new Recorder()).boxed())
        .isEqualTo("1");
    assertThat(task.solve(new PalindromeCombination.Instance("aabbc"), new Recorder()).boxed())
        .isEqualTo("2");
    assertThat(task.solve(new PalindromeCombination.Instance("ddccbbaa"), new Recorder()).boxed())
        .isEqualTo("24");
    assertThat(task.solve(new PalindromeCombination.Instance("aabbbccc"), new Recorder()).boxed())
        .isEqualTo("0");
  }

  @Test
  void isAnExtraTaskAndAnswersVary() {
    assertThat(task.info().inPaper()).isFalse();
    for (Split s : Split.values()) {
      int zero = 0;
      int most = 0;
      for (int i = 0; i < 2000; i++) {
        long a = Drawn.draw(task, 3, "answers", i, s).solve().answer().json().asLong();
        zero += a == 0 ? 1 : 0;
        most = (int) Math.max(most, a);
      }
      System.out.printf(
          "palindrome-combination %s: answer 0 in %.1f%%, largest %d%n", s, zero / 20.0, most);
      assertThat(zero).isBetween(100, 1000);
    }
  }

  @Test
  void tailStaysUnderTheSizeLimit() {
    for (Split s : Split.values()) {
      CotSizes.Stats st = CotSizes.measure(task, s, s == Split.L ? 3000 : 1000);
      System.out.println("palindrome-combination " + st);
      if (s == Split.L) {
        assertThat(st.max()).isLessThan(32_000);
      }
    }
    int worst = Math.max(tail("abcdabcd").length(), tail("abcabcdd").length());
    System.out.println("palindrome-combination worst L: " + worst);
    assertThat(worst).isLessThan(32_000);
  }
}
