package dev.tmi.tasks.greedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import dev.tmi.tasks.greedy.MultiMachineSchedule.Instance;
import dev.tmi.tasks.greedy.MultiMachineSchedule.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultiMachineScheduleTest extends TaskContract<Instance> {
  private final MultiMachineSchedule task = new MultiMachineSchedule();

  @Override
  protected Task<Instance> task() {
    return task;
  }

  /**
   * A different exact algorithm: scan the jobs by increasing deadline, keeping the chosen profits
   * in a min-heap; whenever more than x*d jobs with deadline <= d are kept, drop the least
   * profitable. The kept set satisfies the counting condition at every deadline and is optimal by
   * an exchange argument.
   */
  @Override
  protected JsonNode independentAnswer(Instance in) {
    return LongNode.valueOf(byDeadlineWithHeap(in));
  }

  static long byDeadlineWithHeap(Instance in) {
    List<Job> jobs = new ArrayList<>(in.jobs());
    jobs.sort(Comparator.comparingInt(Job::deadline));
    PriorityQueue<Integer> kept = new PriorityQueue<>();
    for (Job j : jobs) {
      kept.add(j.profit());
      if (kept.size() > (long) in.machines() * j.deadline()) {
        kept.poll();
      }
    }
    return kept.stream().mapToLong(Integer::longValue).sum();
  }

  /** Brute force: every subset, scheduled earliest deadline first, x jobs per slot. */
  static long bruteForce(Instance in) {
    int n = in.jobs().size();
    long best = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      List<Job> chosen = new ArrayList<>();
      long profit = 0;
      for (int i = 0; i < n; i++) {
        if ((mask >> i & 1) == 1) {
          chosen.add(in.jobs().get(i));
          profit += in.jobs().get(i).profit();
        }
      }
      chosen.sort(Comparator.comparingInt(Job::deadline));
      boolean feasible = true;
      for (int i = 0; i < chosen.size() && feasible; i++) {
        feasible = i / in.machines() + 1 <= chosen.get(i).deadline();
      }
      if (feasible) {
        best = Math.max(best, profit);
      }
    }
    return best;
  }

  /** L traces are long and the verifier is the slow part; one in 16 still verifies 625. */
  @Override
  protected int verifyEvery() {
    return 16;
  }

  @Test
  void greedyIsOptimalAgainstBruteForce() {
    SplittableRandom rng = new SplittableRandom(2026);
    for (int round = 0; round < 3000; round++) {
      int n = rng.nextInt(2, 13);
      int machines = rng.nextInt(1, Math.min(4, n - 1) + 1);
      int maxDeadline = rng.nextInt(1, 7);
      List<Job> jobs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Few profit values, so ties are common.
        jobs.add(new Job(rng.nextInt(1, maxDeadline + 1), rng.nextInt(1, 10)));
      }
      Instance in = new Instance(machines, jobs);
      long expected = bruteForce(in);
      assertThat(task.solve(in, new Recorder()).boxed())
          .as("%s", in)
          .isEqualTo(Long.toString(expected));
      assertThat(byDeadlineWithHeap(in)).isEqualTo(expected);
    }
    for (int i = 0; i < 500; i++) {
      Instance in = Drawn.draw(task, 8, "brute", i, Split.S).instance();
      assertThat(task.solve(in, new Recorder()).boxed()).isEqualTo(Long.toString(bruteForce(in)));
    }
  }

  @Test
  void handCheckedTrace() {
    // Two machines, jobs (deadline, profit): 1:(1, 50), 2:(1, 40), 3:(1, 30), 4:(2, 20).
    // Job 1 and job 2 fill slot 1; job 3 finds slot 1 full and is skipped; job 4 takes slot 2.
    Instance in =
        new Instance(2, List.of(new Job(1, 50), new Job(1, 40), new Job(1, 30), new Job(2, 20)));
    Recorder r = new Recorder();
    assertThat(task.solve(in, r).boxed()).isEqualTo("110");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "start",
                "d1=1, d2=1, d3=1, d4=2",
                "max(1,1,1,2)=2",
                "x=2",
                "2*2=4",
                "c1:=0, c2:=0, total:=0, left:=4",
                "start -> pick1",
                "pick1",
                "left=4",
                "4>0",
                "p1=50, p2=40, p3=30, p4=20",
                "max(50,40,30,20)=50",
                "d1=1",
                "job:=1",
                "pick1 -> slot(1,1)",
                "slot(1,1)",
                "c1=0, x=2",
                "0<2",
                "0+1=1",
                "c1:=1",
                "slot(1,1) -> take1",
                "take1",
                "total=0, p1=50",
                "0+50=50",
                "total:=50",
                "left=4",
                "4-1=3",
                "left:=3",
                "take1 -> pick2",
                "pick2",
                "left=3",
                "3>0",
                "p2=40, p3=30, p4=20",
                "max(40,30,20)=40",
                "d2=1",
                "job:=2",
                "pick2 -> slot(2,1)",
                "slot(2,1)",
                "c1=1, x=2",
                "1<2",
                "1+1=2",
                "c1:=2",
                "slot(2,1) -> take2",
                "take2",
                "total=50, p2=40",
                "50+40=90",
                "total:=90",
                "left=3",
                "3-1=2",
                "left:=2",
                "take2 -> pick3",
                "pick3",
                "left=2",
                "2>0",
                "p3=30, p4=20",
                "max(30,20)=30",
                "d3=1",
                "job:=3",
                "pick3 -> slot(3,1)",
                "slot(3,1)",
                "c1=2, x=2",
                "2==2",
                "slot(3,1) -> pick4",
                "pick4",
                "left=2",
                "2>0",
                "p4=20",
                "max(20)=20",
                "d4=2",
                "job:=4",
                "pick4 -> slot(4,2)",
                "slot(4,2)",
                "c2=0, x=2",
                "0<2",
                "0+1=1",
                "c2:=1",
                "slot(4,2) -> take4",
                "take4",
                "total=90, p4=20",
                "90+20=110",
                "total:=110",
                "left=2",
                "2-1=1",
                "left:=1",
                "take4 -> done",
                "done",
                "total=110",
                "ans:=110",
                "done -> F"));
  }

  @Test
  void stopsWhenEverySlotIsFull() {
    Instance in = new Instance(1, List.of(new Job(1, 5), new Job(1, 9), new Job(1, 7)));
    Recorder r = new Recorder();
    assertThat(task.solve(in, r).boxed()).isEqualTo("9");
    String cot = Variants.TAIL.render(r.trace().events());
    assertThat(cot).contains("pick2\nleft=0\n0==0\npick2 -> done");
  }

  @Test
  void equalProfitsGoInJobOrder() {
    Instance in = new Instance(1, List.of(new Job(2, 5), new Job(1, 5), new Job(2, 3)));
    Recorder r = new Recorder();
    assertThat(task.solve(in, r).boxed()).isEqualTo("10");
    assertThat(Variants.TAIL.render(r.trace().events())).contains("max(5,5,3)=5\nd1=2\njob:=1");
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new Instance(2, List.of(new Job(1, 1), new Job(1, 1)))))
        .hasMessageContaining("machines");
    assertThatThrownBy(() -> task.validate(new Instance(1, List.of(new Job(0, 1), new Job(1, 1)))))
        .hasMessageContaining("deadline");
    assertThatThrownBy(() -> task.validate(new Instance(1, List.of())))
        .hasMessageContaining("jobs");
  }

  @Test
  void tailStaysUnderTheLimit() {
    // A one-off probe of 100,000 L instances found a maximum of 28,992 characters.
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, s == Split.L ? 5000 : 1000);
      System.out.println("multi-machine-schedule " + st);
      assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
    }
  }
}
