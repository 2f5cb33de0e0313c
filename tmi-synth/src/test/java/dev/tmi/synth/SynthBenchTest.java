package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthBenchTest {
  private static final TaskRegistry REGISTRY = TaskRegistry.load();

  @Test
  void eachVariantIsARowOfItsOwn() {
    List<SynthBench.Row> rows =
        SynthBench.measure(
            REGISTRY,
            List.of("binary-search"),
            List.of("tail", "no-fetcher"),
            50,
            1,
            Split.S,
            false);
    assertThat(rows).extracting(SynthBench.Row::variant).containsExactly("tail", "no-fetcher");
    assertThat(rows).allSatisfy(r -> assertThat(r.megabytesPerCpuSecond()).isPositive());
  }

  @Test
  void togetherTheVariantsOfATaskAreOneRowWithTheBytesOfThemAll() {
    List<String> variants = List.of("tail", "no-fetcher", "no-such-variant");
    List<SynthBench.Row> single =
        SynthBench.measure(
            REGISTRY, List.of("binary-search", "knapsack"), variants, 50, 1, Split.S, false);
    List<SynthBench.Row> together =
        SynthBench.measure(
            REGISTRY, List.of("binary-search", "knapsack"), variants, 50, 1, Split.S, true);
    assertThat(together)
        .extracting(SynthBench.Row::task)
        .containsExactly("binary-search", "knapsack");
    assertThat(together).allSatisfy(r -> assertThat(r.variant()).isEqualTo("tail+no-fetcher"));
    for (SynthBench.Row t : together) {
      double sum =
          single.stream()
              .filter(r -> r.task().equals(t.task()))
              .mapToDouble(SynthBench.Row::bytesPerSample)
              .sum();
      // The same samples rendered in one run of the algorithm: the same bytes as one run each.
      assertThat(t.bytesPerSample()).isCloseTo(sum, within(1e-9));
    }
  }

  @Test
  void aRowsCeilingIsItsTasksDirectSamplesPerCpuSecondTimesItsBytes() {
    SynthBench.Row direct = new SynthBench.Row("addition", "direct", 100, 0, 0, 42.0, 420);
    SynthBench.Row tail = new SynthBench.Row("addition", "tail", 100, 0, 0, 150.0, 2_100);
    // 100,000 direct samples per CPU second; at 2,100 bytes each, 210 MB.
    assertThat(SynthBench.ceiling(tail, direct)).isCloseTo(210.0, within(1e-9));
    SynthBench.Row other = new SynthBench.Row("lcs", "direct", 100, 0, 0, 42.0, 420);
    assertThatThrownBy(() -> SynthBench.ceiling(tail, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addition");
    assertThatThrownBy(() -> SynthBench.ceiling(tail, tail))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSuitesRateIsAllItsBytesOverAllItsTime() {
    // 1,000 bytes at 100 MB/s take 10 us; 3,000 bytes at 300 MB/s take 10 us: 4,000 in 20 us.
    SynthBench.Row shortRow = new SynthBench.Row("bubble-sort", "tail", 100, 0, 0, 100.0, 1_000);
    SynthBench.Row longRow = new SynthBench.Row("prime-search", "tail", 100, 0, 0, 300.0, 3_000);
    assertThat(SynthBench.suiteRate(List.of(shortRow, longRow))).isCloseTo(200.0, within(1e-9));
    assertThat(SynthBench.suiteRate(List.of(shortRow))).isCloseTo(100.0, within(1e-9));
    assertThat(SynthBench.suiteRate(List.of())).isNaN();
    SynthBench.Row otherVariant = new SynthBench.Row("lcs", "no-linear", 100, 0, 0, 100.0, 1_000);
    assertThatThrownBy(() -> SynthBench.suiteRate(List.of(shortRow, otherVariant)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-linear");
  }
}
