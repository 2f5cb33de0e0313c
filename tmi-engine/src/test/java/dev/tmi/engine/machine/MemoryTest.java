package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The memory holds what was stored in the current run only, and tells when it meets a name for the
 * first time, as a map emptied between runs and a set of the names met would.
 */
class MemoryTest {

  @Property(tries = 500)
  void behavesAsAMapEmptiedBetweenRuns(@ForAll("operations") List<int[]> operations) {
    Memory memory = new Memory();
    Map<String, Val> run = new HashMap<>();
    Set<String> met = new HashSet<>();
    for (int[] op : operations) {
      // New strings each time, so that lookups cannot rely on identity.
      String name = new String("c" + op[1]);
      switch (op[0]) {
        case 0, 1, 2 -> {
          Val value = Val.of(op[2]);
          assertThat(memory.put(name, value)).isEqualTo(met.add(name));
          run.put(name, value);
        }
        // The value held: after a read, the one read, the same literal from the cell.
        case 3, 4 -> assertThat(text(memory.get(name))).isEqualTo(text(run.get(name)));
        case 5 -> {
          Val stored = run.get(name);
          assertThat(memory.fetch(name))
              .isEqualTo(stored == null ? null : new Val(stored.text(), name));
        }
        case 6 -> {
          memory.clear();
          run.clear();
        }
        default -> {
          memory.forget();
          run.clear();
          met.clear();
        }
      }
      assertThat(memory.names()).isEqualTo(met.size());
    }
  }

  private static String text(Val v) {
    return v == null ? null : v.text();
  }

  @Test
  void aCellReadAgainGivesTheSameValueUntilItIsWritten() {
    Memory memory = new Memory();
    memory.put("cnt", Val.of(3));
    Val first = memory.fetch("cnt");
    assertThat(first.text()).isEqualTo("3");
    assertThat(first.ref()).isEqualTo("cnt");
    assertThat(memory.fetch("cnt")).isSameAs(first);
    // The value read, written to another cell, is read from that cell as its own.
    memory.put("copy", first);
    assertThat(memory.fetch("copy").ref()).isEqualTo("copy");
    assertThat(memory.fetch("cnt")).isSameAs(first);
    memory.put("cnt", Val.of(4));
    assertThat(memory.fetch("cnt")).isEqualTo(new Val("4", "cnt"));
    memory.clear();
    assertThat(memory.fetch("cnt")).isNull();
  }

  @Provide
  Arbitrary<List<int[]>> operations() {
    return Arbitraries.integers()
        .between(0, 7)
        .flatMap(
            kind ->
                Arbitraries.integers()
                    .between(0, 150)
                    .flatMap(
                        cell ->
                            Arbitraries.integers()
                                .between(-5, 5000)
                                .map(value -> new int[] {kind, cell, value})))
        .list()
        .ofMaxSize(400);
  }
}
