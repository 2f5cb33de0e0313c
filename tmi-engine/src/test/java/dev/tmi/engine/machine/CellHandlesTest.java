package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Cell handles: families name their cells as the {@link Names} caches do and make one handle per
 * cell, even when threads race for it; a machine treats a handle and a name as the same cell.
 */
class CellHandlesTest {

  @Test
  void familiesNameCellsAsTheNameCachesDo() {
    Cells indexed = Cells.indexed("a");
    Cells array = Cells.array("prime");
    CellGrid grid = CellGrid.of("dp");
    for (int i : new int[] {0, 1, 15, 16, 17, 300, 5000}) {
      // The same string as the cache's, where it caches (below 4096), so identity compares hold.
      if (i < 4096) {
        assertThat(indexed.at(i).name()).isSameAs(Names.indexed("a", i));
      }
      assertThat(indexed.at(i).name()).isEqualTo("a" + i);
      assertThat(array.at(i).name()).isEqualTo("prime[" + i + "]");
      for (int j : new int[] {0, 3, 16, 700}) {
        assertThat(grid.at(i, j).name()).isEqualTo("dp[" + i + "][" + j + "]");
        if (i < CellGrid.MAX_INDEX) {
          assertThat(grid.at(i, j)).isSameAs(grid.at(i, j));
        } else {
          assertThat(grid.at(i, j).id()).isEqualTo(Cell.NO_ID);
        }
      }
      assertThat(indexed.at(i)).isSameAs(indexed.at(i));
      assertThat(indexed.at(i).id()).isNotEqualTo(Cell.NO_ID);
    }
    assertThat(indexed.at(3).id()).isNotEqualTo(indexed.at(4).id());
    assertThat(Cell.named("carry").id()).isNotEqualTo(Cell.named("carry").id());
  }

  @Test
  void farIndicesGetHandlesWithoutANumber() {
    Cell far = Cells.indexed("t").at(Cells.MAX_INDEX);
    assertThat(far.name()).isEqualTo("t" + Cells.MAX_INDEX);
    assertThat(far.id()).isEqualTo(Cell.NO_ID);
    Cell farInGrid = CellGrid.of("g").at(2, CellGrid.MAX_INDEX);
    assertThat(farInGrid.name()).isEqualTo("g[2][" + CellGrid.MAX_INDEX + "]");
    assertThat(farInGrid.id()).isEqualTo(Cell.NO_ID);
  }

  @Test
  void negativeIndicesAreRejected() {
    assertThatThrownBy(() -> Cells.indexed("a").at(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CellGrid.of("dp").at(0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, -2)");
  }

  @Test
  void racingThreadsGetOneHandlePerCell() throws Exception {
    Cells cells = Cells.indexed("r");
    CellGrid grid = CellGrid.of("rg");
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Cell[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        Callable<Cell[]> job =
            () -> {
              // Each thread asks in its own order, so that the arrays grow under all of them.
              SplittableRandom rng = new SplittableRandom(seed);
              Cell[] got = new Cell[2 * 4096];
              for (int k = 0; k < 20_000; k++) {
                int i = rng.nextInt(4096);
                got[i] = cells.at(i);
                got[4096 + i] = grid.at(i / 64, i % 64);
              }
              return got;
            };
        results.add(pool.submit(job));
      }
      for (Future<Cell[]> f : results) {
        Cell[] got = f.get();
        for (int i = 0; i < 4096; i++) {
          if (got[i] != null) {
            assertThat(got[i]).isSameAs(cells.at(i));
            assertThat(got[4096 + i]).isSameAs(grid.at(i / 64, i % 64));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aHandleAndANameAreTheSameCell() {
    Cells d = Cells.indexed("d");
    Cell sum = Cell.named("sum");
    Recorder r = new Recorder();
    r.init(d.at(0), 4);
    r.init("d1", 5);
    r.state("s0");
    r.write("sum", r.add(r.fetch("d0"), r.fetch(d.at(1))));
    r.write(sum, r.add(r.fetch(sum), Machine.lit(1)));
    r.write(Cell.named("sum"), r.add(r.fetch("sum"), Machine.lit(1)));
    assertThat(r.peek("sum")).isEqualTo("11");
    r.halt();
    assertThat(r.trace().events().toString()).contains("d0", "d1", "sum").doesNotContain("Cell");
  }

  @Test
  void handlesAreCheckedAsNamesAre() {
    Recorder r = new Recorder();
    r.state("s0");
    assertThatThrownBy(() -> r.write(Cell.named("bad name"), Machine.lit(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("invalid cell name: bad name");
    assertThatThrownBy(() -> r.fetch(Cells.indexed("never").at(3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown cell never3 in state s0");
  }
}
