package dev.tmi.engine.format;

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

/**
 * A merged group shows what it read from outside itself (first value, in order of first reads) and
 * the last value of each cell it wrote (in order of first writes), group after group, with cells at
 * positions beyond its first arrays.
 */
class MergedGroupTest {

  @Property(tries = 500)
  void showsFirstOutsideReadsAndLastWritesOfEachGroup(
      @ForAll("operations") List<int[]> operations) {
    MergedGroup group = new MergedGroup();
    Map<String, String> reads = new LinkedHashMap<>();
    Map<String, String> writes = new LinkedHashMap<>();
    for (int[] op : operations) {
      // Cells come by their positions in the machine's memory, here the cell's number.
      String name = "c" + op[1];
      String value = Integer.toString(op[2]);
      switch (op[0]) {
        case 0 -> {
          group.read(op[1], name, value);
          if (!writes.containsKey(name)) {
            reads.putIfAbsent(name, value);
          }
        }
        case 1 -> {
          group.write(op[1], name, value);
          writes.put(name, value);
        }
        default -> {
          assertShows(group, reads, writes);
          group.clear();
          reads.clear();
          writes.clear();
        }
      }
    }
    assertShows(group, reads, writes);
  }

  private static void assertShows(
      MergedGroup group, Map<String, String> reads, Map<String, String> writes) {
    List<String> shownReads = new ArrayList<>();
    for (int i = 0; i < group.readCount(); i++) {
      shownReads.add(group.readName(i) + "=" + group.readValue(i));
    }
    List<String> shownWrites = new ArrayList<>();
    for (int i = 0; i < group.writeCount(); i++) {
      shownWrites.add(group.writeName(i) + "=" + group.writeValue(i));
    }
    assertThat(shownReads).isEqualTo(entries(reads));
    assertThat(shownWrites).isEqualTo(entries(writes));
  }

  private static List<String> entries(Map<String, String> map) {
    List<String> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(k + "=" + v));
    return out;
  }

  @Provide
  Arbitrary<List<int[]>> operations() {
    return Arbitraries.integers()
        .between(0, 20)
        .flatMap(
            kind ->
                Arbitraries.integers()
                    .between(0, 60)
                    .flatMap(
                        cell ->
                            Arbitraries.integers()
                                .between(0, 99)
                                .map(
                                    value ->
                                        new int[] {
                                          kind < 10 ? 0 : kind < 19 ? 1 : 2, cell, value
                                        })))
        .list()
        .ofMaxSize(500);
  }
}
