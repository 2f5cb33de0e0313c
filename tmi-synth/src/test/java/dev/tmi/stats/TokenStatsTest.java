package dev.tmi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.export.ChatFraming;
import dev.tmi.export.DataFile;
import dev.tmi.export.SampleReader;
import dev.tmi.export.SynthData;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStatsTest {
  @TempDir static Path shared;
  static Path data;
  static Path tokenizer;

  @BeforeAll
  static void synth() throws Exception {
    data = shared.resolve("data");
    new Synthesizer(TaskRegistry.load())
        .run(
            new SynthConfig(
                TaskRegistry.load().ids(),
                150,
                5,
                Mix.S_ONLY,
                List.of("tail", "direct"),
                5,
                2,
                Shard.ALL,
                data,
                false,
                DedupMode.QUERY),
            SynthListener.NONE);
    tokenizer = TinyTokenizer.write(shared.resolve("tokenizer.json"));
  }

  @Test
  void everyFileGetsCountsCharactersAndTokensOfItsSamples() throws Exception {
    SynthData d = SynthData.open(data);
    ChatFraming f = ChatFraming.defaults();
    try (HfTokenCounter t = HfTokenCounter.load(tokenizer)) {
      List<TokenStats.Row> rows = TokenStats.compute(d, SynthData.Filter.ALL, t, f, 0, 2);
      assertThat(rows).hasSize(d.files().size());
      for (int i = 0; i < rows.size(); i++) {
        TokenStats.Row r = rows.get(i);
        DataFile df = d.files().get(i);
        assertThat(r.task()).isEqualTo(df.task());
        assertThat(r.split()).isEqualTo(df.split());
        // Recompute independently: plain sorted lists and nearest-rank percentiles.
        List<Integer> chars = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        try (SampleReader in = d.read(df)) {
          Sample s;
          while ((s = in.next()) != null) {
            chars.add(s.cot().length());
            tokens.add(t.count(f.assistant(s)));
          }
        }
        assertThat(r.count()).isEqualTo(chars.size()).isEqualTo(r.numbers().samples());
        check(r.numbers().cotChars(), chars);
        check(r.numbers().responseTokens(), tokens);
        assertThat(r.numbers().chatTokens().max())
            .isGreaterThan(r.numbers().responseTokens().max());
      }
    }
  }

  private static void check(Dist d, List<Integer> values) {
    List<Integer> v = new ArrayList<>(values);
    v.sort(null);
    assertThat(d.max()).isEqualTo(v.get(v.size() - 1).longValue());
    assertThat(d.p50()).isEqualTo(v.get((int) Math.ceil(0.5 * v.size()) - 1).longValue());
    assertThat(d.p95()).isEqualTo(v.get((int) Math.ceil(0.95 * v.size()) - 1).longValue());
    assertThat(d.mean()).isCloseTo(v.stream().mapToInt(x -> x).average().orElse(0), within(1e-9));
  }

  @Test
  void maxSamplesMeasuresTheFirstSamplesOnly() throws Exception {
    SynthData d = SynthData.open(data);
    List<TokenStats.Row> rows =
        TokenStats.compute(
            d,
            new SynthData.Filter(List.of("knapsack"), List.of("tail"), List.of("train")),
            new ApproxTokenCounter(),
            ChatFraming.defaults(),
            25,
            1);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).count()).isEqualTo(150);
    assertThat(rows.get(0).numbers().samples()).isEqualTo(25);
  }

  @Test
  void theBudgetScalesWithSamplesMixtureAndEpochs() {
    TaskRegistry reg = TaskRegistry.load();
    ApproxTokenCounter a = new ApproxTokenCounter();
    ChatFraming f = ChatFraming.defaults();
    List<String> tasks = reg.ids();
    TokenBudget.Budget one =
        TokenBudget.estimate(reg, tasks, List.of("tail"), 1000, Mix.S_ONLY, 1, 60, 1, a, f);
    TokenBudget.Budget two =
        TokenBudget.estimate(reg, tasks, List.of("tail"), 2000, Mix.S_ONLY, 2, 60, 1, a, f, 2);
    TokenBudget.Budget mixed =
        TokenBudget.estimate(reg, tasks, List.of("tail"), 1000, new Mix(8, 1, 1), 1, 60, 1, a, f);
    assertThat(one.rows()).hasSize(tasks.size());
    assertThat(two.totalTokens())
        .isCloseTo(4 * one.totalTokens(), within(1e-6 * one.totalTokens()));
    double sum = one.rows().stream().mapToDouble(TokenBudget.Row::tokensPerEpoch).sum();
    assertThat(one.totalTokens()).isCloseTo(sum, within(1e-6));
    // Longer M and L instances make a mixture cost more per sample.
    assertThat(mixed.totalTokens()).isGreaterThan(one.totalTokens());
    assertThat(one.supervisedTokens()).isLessThan(one.totalTokens()).isPositive();
  }

  @Test
  void theBudgetPredictsTheTokensOfSynthesizedData() throws Exception {
    TaskRegistry reg = TaskRegistry.load();
    ApproxTokenCounter a = new ApproxTokenCounter();
    ChatFraming f = ChatFraming.defaults();
    TokenBudget.Budget b =
        TokenBudget.estimate(reg, reg.ids(), List.of("tail"), 150, Mix.S_ONLY, 1, 150, 99, a, f);
    List<TokenStats.Row> real =
        TokenStats.compute(
            SynthData.open(data),
            new SynthData.Filter(List.of(), List.of("tail"), List.of("train")),
            a,
            f,
            0,
            2);
    for (TokenBudget.Row r : b.rows()) {
      TokenStats.Row actual =
          real.stream().filter(x -> x.task().equals(r.task())).findFirst().orElseThrow();
      // Independent draws of the same distribution: the means agree within sampling error.
      assertThat(r.meanChatTokens())
          .as(r.task())
          .isCloseTo(actual.numbers().chatTokens().mean(), within(0.2 * r.meanChatTokens()));
    }
  }
}
