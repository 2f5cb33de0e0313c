package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The machine's memory behaves as an insertion-ordered map does. */
class CellsTest {

  @Property(tries = 500)
  void behavesAsALinkedHashMap(
      @ForAll("operations") List<int[]> operations,
      @ForAll @IntRange(min = 0, max = 40) int expected) {
    Cells cells = new Cells(expected);
    Map<String, String> model = new LinkedHashMap<>();
    for (int[] op : operations) {
      // New strings each time, so that lookups cannot rely on identity.
      String name = new String("c" + op[1]);
      String value = Integer.toString(op[2]);
      switch (op[0]) {
        case 0 -> assertThat(cells.put(name, value)).isEqualTo(model.put(name, value));
        case 1 ->
            assertThat(cells.putIfAbsent(name, value))
                .isEqualTo(model.putIfAbsent(name, value) == null);
        case 2 -> {
          assertThat(cells.get(name)).isEqualTo(model.get(name));
          assertThat(cells.contains(name)).isEqualTo(model.containsKey(name));
        }
        default -> {
          cells.clear();
          model.clear();
        }
      }
      assertThat(cells.size()).isEqualTo(model.size());
    }
    List<String> order = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      order.add(cells.nameAt(i) + "=" + cells.valueAt(i));
    }
    List<String> expectedOrder = new ArrayList<>();
    model.forEach((k, v) -> expectedOrder.add(k + "=" + v));
    assertThat(order).isEqualTo(expectedOrder);
  }

  @Provide
  Arbitrary<List<int[]>> operations() {
    Arbitrary<int[]> op =
        Arbitraries.integers()
            .between(0, 40)
            .flatMap(
                kind ->
                    Arbitraries.integers()
                        .between(0, 300)
                        .flatMap(
                            name ->
                                Arbitraries.integers()
                                    .between(0, 9)
                                    .map(
                                        v ->
                                            new int[] {
                                              kind < 14 ? 0 : kind < 22 ? 1 : kind < 40 ? 2 : 3,
                                              name,
                                              v
                                            })));
    return op.list().ofMaxSize(600);
  }
}
