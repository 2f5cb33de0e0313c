package dev.tmi.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Finding the last box with the forward search gives what the backward search gives. */
class BoxedTest {
  private static final List<String> PIECES =
      List.of("\\boxed{", "\\boxed", "\\box", "{", "}", "\\", "a1", "x=2\n", "long line of text\n");

  @Property(tries = 3000)
  void theLastOpeningIsWhereTheBackwardSearchFindsIt(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 8) Integer> pieces) {
    StringBuilder sb = new StringBuilder();
    for (int p : pieces) {
      sb.append(PIECES.get(p));
    }
    String text = sb.toString();
    assertThat(Boxed.lastOpen(text)).as(text).isEqualTo(text.lastIndexOf("\\boxed{"));
  }

  @Property(tries = 500)
  void anOpeningAcrossTheTailsBoundaryIsFound(@ForAll @IntRange(min = 240, max = 270) int pad) {
    // Texts of every length near where the search switches from the tail to the whole text.
    String text = "\\boxed{".repeat(2) + "a".repeat(pad) + "\\boxed{" + "b".repeat(pad % 13);
    assertThat(Boxed.lastOpen(text)).isEqualTo(text.lastIndexOf("\\boxed{"));
    String none = "a".repeat(pad) + "\\boxe";
    assertThat(Boxed.lastOpen(none)).isEqualTo(-1);
  }
}
