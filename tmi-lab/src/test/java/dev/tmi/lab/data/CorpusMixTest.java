package dev.tmi.lab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.Mix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusMixTest {
  @TempDir Path dir;

  @Test
  void trainingDataFollowsTheMixtureAndAnotherMixtureIsRefused() throws Exception {
    Path data = dir.resolve("data");
    Corpus.ensure(data, List.of("bubble-sort"), 40, 2, 1, 1, Mix.parse("2:1:1"));
    assertThat(Corpus.mixOf(data)).isEqualTo(Mix.parse("2:1:1"));
    LabCodec<?> codec = LabCodec.of(TaskRegistry.load().get("bubble-sort"), "tail");
    var items = Corpus.read(codec, Corpus.file(data, "bubble-sort", "train"), 40);
    Map<Split, Long> bySplit =
        items.stream().collect(Collectors.groupingBy(Item::split, Collectors.counting()));
    assertThat(bySplit).containsEntry(Split.S, 20L).containsEntry(Split.M, 10L);
    assertThat(bySplit).containsEntry(Split.L, 10L);
    // An M list is longer than any S list: the model does see longer inputs.
    int longestS =
        items.stream()
            .filter(i -> i.split() == Split.S)
            .mapToInt(i -> i.example().length())
            .max()
            .orElseThrow();
    assertThat(items.stream().filter(i -> i.split() == Split.M))
        .allSatisfy(i -> assertThat(i.example().length()).isGreaterThan(longestS));

    assertThatThrownBy(() -> Corpus.ensure(data, List.of("bubble-sort"), 40, 2, 1, 1, Mix.S_ONLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("synthesized with the mixture 2:1:1")
        .hasMessageContaining("--mix 2:1:1");
    // Evaluation takes whatever data set is there.
    Corpus.ensure(data, List.of("bubble-sort"), 40, 2, 1, 1);
  }
}
