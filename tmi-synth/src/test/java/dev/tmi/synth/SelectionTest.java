package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.task.Split;
import org.junit.jupiter.api.Test;

/** A sample's draw stream is named by its set and split, one string per stream. */
class SelectionTest {
  private static final Selection.Stats NONE = new Selection.Stats(0, 0, 0, 0, 0, 0);

  @Test
  void drawStreamsAreNamedBySetAndSplitAndSharedBetweenSamples() {
    Split[] splits = {Split.S, Split.M, Split.L, Split.S, Split.L};
    long[] indices = {0, 1, 2, 3, 4};
    Selection train = new Selection("train", splits, indices, NONE);
    Selection eval = new Selection("eval-L", splits, indices, NONE);
    String[] expected = {"train-S", "train-M", "train-L", "train-S", "train-L"};
    for (int i = 0; i < splits.length; i++) {
      assertThat(train.drawStream(i)).isEqualTo(expected[i]);
      assertThat(eval.drawStream(i)).isEqualTo(expected[i].replace("train", "eval"));
    }
    // One instance per stream, so that its hash is computed once for all its samples.
    assertThat(train.drawStream(3)).isSameAs(train.drawStream(0));
    assertThat(eval.drawStream(4)).isSameAs(eval.drawStream(2));
  }
}
