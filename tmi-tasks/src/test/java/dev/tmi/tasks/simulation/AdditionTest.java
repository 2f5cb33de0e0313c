package dev.tmi.tasks.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AdditionTest extends TaskContract<Addition.Instance> {
  private final Addition task = new Addition();

  @Override
  protected Task<Addition.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(Addition.Instance in) {
    BigDecimal sum = new BigDecimal(in.a()).add(new BigDecimal(in.b()));
    return TextNode.valueOf(sum.signum() == 0 ? "0" : sum.stripTrailingZeros().toPlainString());
  }

  @Test
  void carriesAcrossThePointAndDropsTrailingZeros() {
    var answer = task.solve(new Addition.Instance("9.95", "0.05"), new Recorder());
    assertThat(answer.boxed()).isEqualTo("10");
    answer = task.solve(new Addition.Instance("123.45", "67.89"), new Recorder());
    assertThat(answer.boxed()).isEqualTo("191.34");
  }

  @Test
  void baselinesFollowThePapersFormats() {
    var in = new Addition.Instance("123.45", "67.89");
    var answer = task.solve(in, new Recorder());
    assertThat(task.boxed(answer, in, "reversed")).isEqualTo("43.191");
    assertThat(task.unboxed("43.191", in, "reversed")).isEqualTo("191.34");
    assertThat(PlaceTags.tag("361")).isEqualTo("3c6b1a");
    assertThat(PlaceTags.tag("12.34")).isEqualTo("1b2a.3a4b");
    assertThat(task.boxed(answer, in, "index-hint")).isEqualTo("1c9b1a.3a4b");
    assertThat(PlaceTags.strip("1c9b1a.3a4b")).isEqualTo("191.34");
  }
}
