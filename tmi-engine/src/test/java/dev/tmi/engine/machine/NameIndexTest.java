package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Names are numbered in the order they were first met, as a list of distinct names numbers them.
 */
class NameIndexTest {

  @Property(tries = 500)
  void numbersNamesAsAListOfDistinctNamesDoes(
      @ForAll("operations") List<int[]> operations,
      @ForAll @IntRange(min = 0, max = 40) int expected) {
    NameIndex index = new NameIndex(expected);
    List<String> model = new ArrayList<>();
    for (int[] op : operations) {
      // New strings each time, so that lookups cannot rely on identity.
      String name = new String("c" + op[1]);
      switch (op[0]) {
        case 0 -> {
          if (!model.contains(name)) {
            model.add(name);
          }
          assertThat(index.intern(name)).isEqualTo(model.indexOf(name));
        }
        case 1, 2 -> assertThat(index.indexOf(name)).isEqualTo(model.indexOf(name));
        default -> {
          index.clear();
          model.clear();
        }
      }
      assertThat(index.size()).isEqualTo(model.size());
    }
    for (int i = 0; i < index.size(); i++) {
      assertThat(index.nameAt(i)).isEqualTo(model.get(i));
    }
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
