package dev.tmi.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderedTest {
  @Test
  void keepsTheOrderItsEntriesAreGivenInAndEqualsAnyMapOfThem() {
    Map<String, Integer> m = Ordered.map("z", 1, "a", 2, "m", 3);
    List<String> keys = new ArrayList<>();
    m.forEach((k, v) -> keys.add(k + "=" + v));
    assertThat(keys).containsExactly("z=1", "a=2", "m=3");
    Map<String, Integer> linked = new LinkedHashMap<>();
    linked.put("z", 1);
    linked.put("a", 2);
    linked.put("m", 3);
    assertThat(m).isEqualTo(linked).hasSameHashCodeAs(linked).hasToString(linked.toString());
    assertThat(m.get("a")).isEqualTo(2);
    assertThat(m.get("b")).isNull();
    assertThat(m.containsKey("m")).isTrue();
    assertThat(m.containsKey(null)).isFalse();
    assertThat(m.size()).isEqualTo(3);
    assertThat(Ordered.map("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6, "g", 7).keySet())
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void cannotBeChangedAndRefusesAKeyGivenTwice() {
    Map<String, String> m = Ordered.map("a", "x", "b", "y");
    assertThatThrownBy(() -> m.put("c", "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("w"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m).containsExactly(Map.entry("a", "x"), Map.entry("b", "y"));
    assertThatThrownBy(() -> Ordered.map("n", 1, "n", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate key: n");
  }
}
