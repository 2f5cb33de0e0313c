package dev.tmi.lab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabCodecTest {

  @Test
  void thePromptIsTheInputTapeInNaturalOrderPlusIntegerFields() {
    Task<?> add = TaskRegistry.load().get("addition");
    String p = prompt(add, "direct");
    assertThat(p).startsWith("a0=").contains(",a10=").contains(",b0=").contains("carry=0");
    assertThat(p.indexOf("a2=")).isLessThan(p.indexOf("a10="));
    String k = prompt(TaskRegistry.load().get("knapsack"), "tail");
    assertThat(k).contains(";capacity=");
  }

  @Test
  void differentInstancesGetDifferentPrompts() {
    for (Task<?> t : TaskRegistry.load().all()) {
      List<String> prompts = new ArrayList<>();
      List<Object> instances = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        prompts.add(promptOf(t, i));
        instances.add(Drawn.draw(t, 1, "x", i, Split.S).instance());
      }
      // The prompt is the whole instance: as many distinct prompts as distinct instances (a task
      // like derangement has only 28 instances in S).
      assertThat(prompts.stream().distinct().count())
          .as(t.info().id())
          .isEqualTo(instances.stream().distinct().count());
    }
  }

  @Test
  void variantsShareThePromptAndEndWithTheBoxedAnswer() {
    Task<?> bs = TaskRegistry.load().get("binary-search");
    assertThat(prompt(bs, "tail")).isEqualTo(prompt(bs, "direct"));
    assertThat(response(bs, "direct")).matches("\\\\boxed\\{\\d+\\}");
    assertThat(response(bs, "tail")).contains("\n>F\n\\boxed{");
  }

  @Test
  void refusesVariantsTheLabDoesNotTrain() {
    Task<?> bs = TaskRegistry.load().get("binary-search");
    assertThatThrownBy(() -> LabCodec.of(bs, "tail-styled"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tail-styled");
    assertThatThrownBy(() -> LabCodec.of(bs, "index-hint"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index-hint");
  }

  @Test
  void naturalOrderComparesDigitRunsAsNumbers() {
    List<String> names =
        new ArrayList<>(List.of("a10", "b0", "a2", "carry", "a1", "dp[10][2]", "dp[9][11]"));
    names.sort(LabCodec.NATURAL);
    assertThat(names).containsExactly("a1", "a2", "a10", "b0", "carry", "dp[9][11]", "dp[10][2]");
  }

  private static <I> String prompt(Task<I> t, String v) {
    @SuppressWarnings("unchecked")
    LabCodec<I> c = (LabCodec<I>) LabCodec.of(t, v);
    return c.example(Drawn.draw(t, 1, "x", 0, Split.S)).prompt();
  }

  private static <I> String response(Task<I> t, String v) {
    @SuppressWarnings("unchecked")
    LabCodec<I> c = (LabCodec<I>) LabCodec.of(t, v);
    return c.example(Drawn.draw(t, 1, "x", 0, Split.S)).response();
  }

  private static <I> String promptOf(Task<I> t, int i) {
    @SuppressWarnings("unchecked")
    LabCodec<I> c = (LabCodec<I>) LabCodec.of(t, "direct");
    return c.example(Drawn.draw(t, 1, "x", i, Split.S)).prompt();
  }
}
