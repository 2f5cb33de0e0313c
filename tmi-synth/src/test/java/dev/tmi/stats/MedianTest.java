package dev.tmi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MedianTest {
  @Test
  void anOddCountGivesItsMiddleValue() {
    assertThat(Median.of(3, 1, 2)).isEqualTo(2);
  }

  @Test
  void anEvenCountGivesTheMeanOfItsTwoMiddleValues() {
    // Two forks measuring 175 and 211 MB/s: the median is neither of them.
    assertThat(Median.of(211, 175)).isEqualTo(193);
    assertThat(Median.of(4, 1, 3, 2)).isEqualTo(2.5);
  }

  @Test
  void aFieldOfMeasurements() {
    record Run(double rate) {}
    assertThat(Median.of(List.of(new Run(5), new Run(1), new Run(3)), Run::rate)).isEqualTo(3);
  }

  @Test
  void noValuesIsAnError() {
    assertThatThrownBy(Median::of).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void asManyValuesLieAtOrAboveAsAtOrBelow(
      @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
    double m = Median.of(xs, Double::doubleValue);
    long below = xs.stream().filter(x -> x <= m).count();
    long above = xs.stream().filter(x -> x >= m).count();
    assertThat(below).isGreaterThanOrEqualTo((xs.size() + 1) / 2);
    assertThat(above).isGreaterThanOrEqualTo((xs.size() + 1) / 2);
    double[] v = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] before = v.clone();
    assertThat(Median.of(v)).isEqualTo(m);
    assertThat(v).containsExactly(before);
  }
}
