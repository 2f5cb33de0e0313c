package dev.tmi.tasks.greedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class DijkstraTest extends TaskContract<Dijkstra.Instance> {
  private final Dijkstra task = new Dijkstra();

  @Override
  protected Task<Dijkstra.Instance> task() {
    return task;
  }

  /** Floyd-Warshall over all pairs. */
  @Override
  protected JsonNode independentAnswer(Dijkstra.Instance in) {
    int n = in.n();
    long inf = Long.MAX_VALUE / 4;
    long[][] d = new long[n][n];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(d[i], inf);
      d[i][i] = 0;
    }
    for (List<Integer> e : in.edges()) {
      d[e.get(0)][e.get(1)] = Math.min(d[e.get(0)][e.get(1)], e.get(2));
      d[e.get(1)][e.get(0)] = Math.min(d[e.get(1)][e.get(0)], e.get(2));
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        }
      }
    }
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (int v = 0; v < n; v++) {
      a.add(d[in.source()][v]);
    }
    return a;
  }

  /** The verifier is the slow part; one instance in eight still verifies 1,250 traces. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void handCheckedTrace() {
    // 0-1 (4), 0-2 (1), 1-2 (2): the direct edge to 1 is beaten by the route through 2.
    var in =
        new Dijkstra.Instance(3, List.of(List.of(0, 1, 4), List.of(0, 2, 1), List.of(1, 2, 2)), 0);
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    assertThat(answer.boxed()).isEqualTo("[0, 3, 1]");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "init",
                "source=0",
                "d0:=0, d1:=inf, d2:=inf",
                "init -> pop1",
                "pop1",
                "d0=0, d1=inf, d2=inf",
                "min(0,inf,inf)=0",
                "u:=0",
                "pop1 -> relax(0,1)",
                "relax(0,1)",
                "d0=0, w[0][1]=4, d1=inf",
                "0+4=4",
                "4<inf",
                "d1:=4",
                "relax(0,1) -> relax(0,2)",
                "relax(0,2)",
                "d0=0, w[0][2]=1, d2=inf",
                "0+1=1",
                "1<inf",
                "d2:=1",
                "relax(0,2) -> pop2",
                "pop2",
                "d1=4, d2=1",
                "min(4,1)=1",
                "u:=2",
                "pop2 -> relax(2,1)",
                "relax(2,1)",
                "d2=1, w[2][1]=2, d1=4",
                "1+2=3",
                "3<4",
                "d1:=3",
                "relax(2,1) -> pop3",
                "pop3",
                "d1=3",
                "min(3)=3",
                "u:=1",
                "pop3 -> done",
                "done",
                "d0=0, d1=3, d2=1",
                "done -> F"));
  }

  @Test
  void tiesGoToTheSmallestVertex() {
    var in = new Dijkstra.Instance(3, List.of(List.of(0, 2, 5), List.of(0, 1, 5)), 0);
    Recorder r = new Recorder();
    task.solve(in, r);
    assertThat(Variants.TAIL.render(r.trace().events())).contains("min(5,5)=5\nu:=1");
  }

  @Test
  void generatedGraphsAreConnectedAndSparse() {
    for (Split s : Split.values()) {
      for (int i = 0; i < 500; i++) {
        var in = Drawn.draw(task, 4, "shape", i, s).instance();
        task.validate(in);
        assertThat(in.edges().size()).isBetween(in.n() - 1, 2 * in.n());
      }
    }
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new Dijkstra.Instance(3, List.of(List.of(0, 1, 2)), 0)))
        .hasMessageContaining("connected");
    assertThatThrownBy(
            () ->
                task.validate(
                    new Dijkstra.Instance(2, List.of(List.of(0, 1, 2), List.of(1, 0, 3)), 0)))
        .hasMessageContaining("repeated");
    assertThatThrownBy(() -> task.validate(new Dijkstra.Instance(2, List.of(List.of(0, 1, 0)), 0)))
        .hasMessageContaining("weights");
    assertThatThrownBy(() -> task.validate(new Dijkstra.Instance(2, List.of(List.of(0, 1, 1)), 2)))
        .hasMessageContaining("source");
  }

  @Test
  void tailStaysUnderTheLimit() {
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, 2000);
      System.out.println("dijkstra " + st);
      assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
    }
  }
}
