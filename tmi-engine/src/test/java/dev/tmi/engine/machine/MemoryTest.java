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
 * first time, as a map emptied between runs and a set of the names met would; a cell is the same
 * whether it is given by name or by any handle of that name.
 */
class MemoryTest {

  @Property(tries = 500)
  void behavesAsAMapEmptiedBetweenRuns(@ForAll("operations") List<int[]> operations) {
    Memory memory = new Memory();
    Map<String, Val> run = new HashMap<>();
    Set<String> met = new HashSet<>();
    // Per cell number, two numbered handles and one without a number, all of one name.
    Cell[][] handles = new Cell[151][];
    for (int i = 0; i < handles.length; i++) {
      String name = "c" + i;
      handles[i] =
          new Cell[] {Cell.named(name), Cell.named(new String(name)), Cell.unnumbered(name)};
    }
    for (int[] op : operations) {
      // New strings each time, so that lookups by name cannot rely on identity.
      String name = new String("c" + op[1]);
      Cell cell = op[3] < 3 ? handles[op[1]][op[3]] : null;
      switch (op[0]) {
        case 0, 1, 2 -> {
          Val value = Val.of(op[2]);
          int known = memory.names();
          int p = cell == null ? memory.store(name, value) : memory.store(cell, value);
          assertThat(memory.names() > known).isEqualTo(met.add(name));
          assertThat(memory.find(name)).isEqualTo(p);
          run.put(name, value);
        }
        // The value held: after a read, the one read, the same literal from the cell.
        case 3, 4 ->
            assertThat(text(read(memory, name, cell, false))).isEqualTo(text(run.get(name)));
        case 5 -> {
          Val stored = run.get(name);
          assertThat(read(memory, name, cell, true))
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

  private static Val read(Memory memory, String name, Cell cell, boolean asRead) {
    int p = cell == null ? memory.find(name) : memory.find(cell);
    if (cell != null) {
      assertThat(p).isEqualTo(memory.find(name));
    }
    return p < 0 ? null : asRead ? memory.readAt(p, name) : memory.at(p);
  }

  private static String text(Val v) {
    return v == null ? null : v.text();
  }

  @Test
  void aCellReadAgainGivesTheSameValueUntilItIsWritten() {
    Memory memory = new Memory();
    memory.store("cnt", Val.of(3));
    Val first = memory.readAt(memory.find("cnt"), "cnt");
    assertThat(first.text()).isEqualTo("3");
    assertThat(first.ref()).isEqualTo("cnt");
    assertThat(memory.readAt(memory.find("cnt"), "cnt")).isSameAs(first);
    // The value read, written to another cell, is read from that cell as its own.
    int copy = memory.store("copy", first);
    assertThat(memory.readAt(copy, "copy").ref()).isEqualTo("copy");
    assertThat(memory.readAt(memory.find("cnt"), "cnt")).isSameAs(first);
    memory.store("cnt", Val.of(4));
    assertThat(memory.readAt(memory.find("cnt"), "cnt")).isEqualTo(new Val("4", "cnt"));
    memory.clear();
    assertThat(memory.find("cnt")).isEqualTo(-1);
  }

  @Test
  void handlesFindTheirCellsAgainAfterTheMemoryForgetsItsNames() {
    Memory memory = new Memory();
    Cells many = Cells.indexed("m");
    // Past NameIndex.MAX_NAMES names, starting a new run also forgets the names, so positions
    // are handed out again from 0 in the next run's order.
    for (int i = 0; i <= NameIndex.MAX_NAMES; i++) {
      memory.store(many.at(i), Val.of(i));
    }
    memory.clear();
    assertThat(memory.names()).isZero();
    for (int i = 20; i >= 10; i--) {
      memory.store(many.at(i), Val.of(-i));
    }
    for (int i = 0; i < 30; i++) {
      int p = memory.find(many.at(i));
      assertThat(p).isEqualTo(memory.find("m" + i));
      assertThat(p < 0 ? null : memory.at(p).text()).isEqualTo(i >= 10 && i <= 20 ? "-" + i : null);
    }
  }

  @Test
  void handlesNumberedPastWhatTheMemoryRemembersAreFoundByName() {
    Cell far = Cell.named("far");
    while (far.id() < Memory.MAX_REMEMBERED) {
      far = Cell.named("far");
    }
    Memory memory = new Memory();
    int p = memory.store(far, Val.of(7));
    assertThat(memory.find(far)).isEqualTo(p).isEqualTo(memory.find("far"));
    memory.store("far", Val.of(8));
    assertThat(memory.at(memory.find(far)).text()).isEqualTo("8");
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
                                .flatMap(
                                    value ->
                                        Arbitraries.integers()
                                            .between(0, 3)
                                            .map(how -> new int[] {kind, cell, value, how}))))
        .list()
        .ofMaxSize(400);
  }
}
