package dev.tmi.tasks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DrawTest {
  /** The draws as first written: a set of boxed values, values kept in the order drawn. */
  private static List<Integer> plainDistinct(SplittableRandom rng, int n, int lo, int hi) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> out = new ArrayList<>();
    while (out.size() < n) {
      int v = rng.nextInt(lo, hi + 1);
      if (seen.add(v)) {
        out.add(v);
      }
    }
    return out;
  }

  @Property(tries = 2000)
  void drawsTheSameValuesAsASetOfBoxedValues(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int lo,
      @ForAll @IntRange(min = 0, max = 2_000) int extra) {
    int hi = lo + n + extra - 1;
    List<Integer> expected = plainDistinct(new SplittableRandom(seed), n, lo, hi);
    assertThat(Draw.distinct(new SplittableRandom(seed), n, lo, hi)).isEqualTo(expected);
    List<Integer> sorted = new ArrayList<>(expected);
    sorted.sort(null);
    assertThat(Draw.distinctSorted(new SplittableRandom(seed), n, lo, hi)).isEqualTo(sorted);
  }

  @Property(tries = 200)
  void theWholeRangeCanBeDrawn(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int n) {
    List<Integer> all = Draw.distinctSorted(new SplittableRandom(seed), n, -3, n - 4);
    assertThat(all).hasSize(n).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(0)).isEqualTo(-3);
  }
}
