package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inputs a recorder keeps: memory as it was when the first state opened. */
class RecorderInputsTest {

  @Test
  void theInputsAreWhatWasPutInMemoryBeforeTheFirstState() {
    Recorder r = new Recorder(true);
    r.init("a", 1);
    r.init("b", "'x'");
    r.init("a", 2);
    assertThatThrownBy(r::initialMemory).hasMessageContaining("no state");
    r.state("s0");
    r.write("c", Machine.lit(3));
    r.init("late", 4);
    r.write("a", Machine.lit(5));
    r.halt();
    Map<String, String> in = r.initialMemory();
    assertThat(in).containsExactlyInAnyOrderEntriesOf(Map.of("a", "2", "b", "'x'"));
    assertThat(r.initialMemory()).isSameAs(in);
    assertThatThrownBy(() -> in.put("d", "6")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRecorderNotAskedToKeepInputsSaysSo() {
    Recorder r = new Recorder();
    r.init("a", 1);
    r.state("s0");
    assertThatThrownBy(r::initialMemory).hasMessageContaining("not asked");
  }
}
