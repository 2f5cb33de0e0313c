package dev.tmi.tasks.greedy;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
import dev.tmi.engine.machine.Cells;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Names;
import dev.tmi.engine.machine.TraceMismatch;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.query.QueryTemplates;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.engine.task.BaseTask;
import dev.tmi.engine.task.LengthRange;
import dev.tmi.engine.task.Ordered;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskDoc;
import dev.tmi.engine.task.TaskInfo;
import dev.tmi.engine.verify.ErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Maximum-profit scheduling of unit-time jobs with deadlines on identical machines, by the exact
 * greedy: take the jobs by decreasing profit and put each in the latest time slot at or before its
 * deadline that still has a free machine, skipping it if there is none.
 */
public final class MultiMachineSchedule extends BaseTask<MultiMachineSchedule.Instance> {

  /**
   * A job: it takes one time unit and earns its profit if it finishes by its deadline.
   *
   * @param deadline the last time slot (1-based) the job may occupy
   * @param profit what the job earns when scheduled
   */
  public record Job(int deadline, int profit) {}

  /**
   * A scheduling instance.
   *
   * @param machines the number of identical machines, fewer than the jobs
   * @param jobs the jobs, numbered from 1 in this order
   */
  public record Instance(int machines, List<Job> jobs) {}

  private static final Names.Family SLOT_STATES =
      Names.family((job, t) -> "slot(" + job + "," + t + ")");
  private static final Names.Indexed JOBS = Names.indexed("job");
  private static final Names.Indexed PICKS = Names.indexed("pick");
  private static final Names.Indexed TAKES = Names.indexed("take");

  static final int MAX_MACHINES = 4;
  static final int MAX_DEADLINE = 10;
  static final int MAX_PROFIT = 99;

  private static final Cells DEADLINE = Cells.indexed("d");
  private static final Cells PROFIT = Cells.indexed("p");
  private static final Cells SLOTS = Cells.indexed("c");
  private static final Cell X = Cell.named("x");
  private static final Cell TOTAL = Cell.named("total");
  private static final Cell LEFT = Cell.named("left");

  public MultiMachineSchedule() {
    super(
        TaskInfo.of(
            "multi-machine-schedule",
            "Multi-Machine Schedule",
            AlgorithmClass.GREEDY,
            "the maximum total profit of unit-time jobs with deadlines on x identical machines",
            "n, the number of jobs",
            new LengthRange(5, 10),
            new LengthRange(11, 20),
            new LengthRange(21, 50)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "There are {x} identical machines and {n} jobs. Each job takes one time unit, must"
                + " finish by its deadline, and earns its profit if scheduled. Jobs as (deadline,"
                + " profit): {jobs}. What is the maximum total profit?",
            "Schedule unit-time jobs on {x} machines to maximise profit. Job list (deadline,"
                + " profit): {jobs}. A job scheduled in time slot t (t = 1, 2, ...) needs t <="
                + " deadline. Give the best total profit.",
            "{name} runs a print shop in {city} with {x} printers. Orders take one hour each;"
                + " order i must be done within its deadline (in hours) to earn its fee. Orders"
                + " (deadline, fee): {orders}. What is the largest total fee {name} can earn?",
            "Job sequencing with deadlines on {x} parallel machines: {jobs} are the (deadline,"
                + " profit) pairs. Every job needs one unit of time on one machine. Find the"
                + " maximum profit.",
            "A workshop has {x} workbenches. Each of {n} repair jobs takes one day, has a"
                + " deadline (in days) and a reward: {orders}. Which total reward is the highest"
                + " achievable?",
            "Maximise the total profit: machines = {x}; jobs (deadline, profit) = {jobs}; each"
                + " job has unit length and can run only in slots 1..deadline.",
            "The {place} has {x} identical ovens. Each batch bakes for one hour and must be ready"
                + " by its deadline hour; batches (deadline, price): {orders}. What is the most"
                + " money the {place} can make?",
            "Unit jobs with deadlines and profits {jobs} are to be run on {x} machines, at most"
                + " one job per machine per time slot. What is the maximum total profit of jobs"
                + " finished on time?",
            "{name} has {x} delivery vans, each making one delivery per hour. Deliveries"
                + " (deadline hour, tip): {orders}. Late deliveries earn nothing. What is the"
                + " largest possible total tip?",
            "With {x} processors and the tasks {jobs} given as (deadline, profit), each task"
                + " needing one time step, what is the optimal total profit?",
            "A cloud service in {city} has {x} servers. {n} batch jobs each take one minute and"
                + " pay only if finished by their deadline: {orders} (deadline, payment). Find"
                + " the maximum total payment.",
            "Scheduling problem: x = {x} machines, n = {n} jobs with (deadline, profit) {jobs}."
                + " Jobs are unit time; find the maximum achievable profit.",
            "{name} and {name2} share {x} laboratory instruments. Each experiment uses an"
                + " instrument for one day and must finish by its deadline to earn its grant"
                + " points: {orders}. What is the highest total of points?",
            "Jobs: {jobs} (deadline, profit). Machines: {x}. Every job lasts one slot. What is"
                + " the maximum profit of a feasible schedule?",
            "A translation agency has {x} translators. Each text takes one day; texts (deadline"
                + " in days, fee): {orders}. How much can the agency earn at most?",
            "Given {x} identical machines, select and schedule unit-length jobs among {jobs}"
                + " (pairs of deadline and profit) to maximise the profit of the jobs done by"
                + " their deadlines.",
            "The {place} in {city} can handle {x} appointments per hour. Requests (latest hour,"
                + " value): {orders}. Each appointment lasts an hour. What is the maximum total"
                + " value served?",
            "What is the maximum total profit when {n} one-unit jobs, {jobs} as (deadline,"
                + " profit), are scheduled on {x} machines without missing a deadline?",
            "{name} plans a tournament with {x} courts; each match lasts one round and must be"
                + " played by its deadline round to bring in its ticket money: {orders}. What is"
                + " the most ticket money possible?",
            "A factory has {x} assembly lines. Orders (deadline, profit) = {jobs}; each order"
                + " occupies one line for one shift. Find the maximum profit from orders"
                + " completed on time.",
            "Greedy job scheduling: {x} machines; jobs with (deadline, profit) {jobs}. Compute the"
                + " optimal total profit."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    int machines = rng.nextInt(1, Math.min(MAX_MACHINES, n - 1) + 1);
    // About three quarters of the jobs would fit if deadlines spread evenly; 2 to 10 slots.
    int deadlines =
        Math.max(2, Math.min(MAX_DEADLINE, (3 * n + 4 * machines - 1) / (4 * machines)));
    List<Job> jobs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      jobs.add(new Job(rng.nextInt(1, deadlines + 1), rng.nextInt(1, MAX_PROFIT + 1)));
    }
    return new Instance(machines, jobs);
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.jobs().size());
  }

  @Override
  public void validate(Instance in) {
    check(in.jobs() != null && !in.jobs().isEmpty(), "jobs", "must be a non-empty list");
    check(in.jobs().size() <= 200, "jobs", "at most 200 jobs");
    check(
        in.machines() >= 1 && in.machines() < in.jobs().size(), "machines", "must be in [1, n-1]");
    for (Job j : in.jobs()) {
      check(j != null, "jobs", "no null job");
      check(j.deadline() >= 1 && j.deadline() <= 1000, "jobs", "deadlines in [1, 1000]");
      check(j.profit() >= 0 && j.profit() <= 1_000_000, "jobs", "profits in [0, 1000000]");
    }
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    // A template lists the jobs either as pairs or numbered: only the one it uses is written.
    return slot ->
        switch (slot) {
          case "x" -> Integer.toString(in.machines());
          case "n" -> Integer.toString(in.jobs().size());
          case "jobs" -> jobs(in, false);
          case "orders" -> jobs(in, true);
          default -> null;
        };
  }

  /**
   * The jobs as {@code (deadline, profit)} pairs, numbered from 1 as {@code i: (d, p)} if asked.
   */
  private static String jobs(Instance in, boolean numbered) {
    StringBuilder sb = new StringBuilder(in.jobs().size() * 12);
    for (int i = 0; i < in.jobs().size(); i++) {
      Job j = in.jobs().get(i);
      if (i > 0) {
        sb.append(", ");
      }
      if (numbered) {
        sb.append(i + 1).append(": ");
      }
      sb.append('(').append(j.deadline()).append(", ").append(j.profit()).append(')');
    }
    return sb.toString();
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.jobs().size();
    for (int i = 1; i <= n; i++) {
      m.init(DEADLINE.at(i), in.jobs().get(i - 1).deadline());
      m.init(PROFIT.at(i), in.jobs().get(i - 1).profit());
    }
    m.init(X, in.machines());

    m.state("start");
    Val[] deadlines = new Val[n];
    for (int i = 1; i <= n; i++) {
      deadlines[i - 1] = m.fetch(DEADLINE.at(i));
    }
    int slots = m.max(deadlines).asInt();
    if (slots < 1 || slots > 1000) {
      throw new TraceMismatch(ErrorType.COMPUTE, "no slot range up to " + slots);
    }
    Val free = m.mul(m.fetch(X), Machine.lit(slots));
    for (int t = 1; t <= slots; t++) {
      m.write(slot(t), 0);
    }
    m.write(TOTAL, 0);
    m.write(LEFT, free);

    List<Integer> remaining = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      remaining.add(i);
    }
    for (int k = 1; !remaining.isEmpty(); k++) {
      String group = JOBS.of(k);
      m.state(PICKS.of(k), group);
      if (m.compare(m.fetch(LEFT), Machine.lit(0)) <= 0) {
        // Every slot is full: no later job can be placed.
        break;
      }
      Val[] profits = new Val[remaining.size()];
      for (int i = 0; i < remaining.size(); i++) {
        profits[i] = m.fetch(PROFIT.at(remaining.get(i)));
      }
      Val best = m.max(profits);
      // Equal profits go in job order: the first remaining job holding the maximum.
      int chosen = -1;
      for (int i = 0; i < profits.length && chosen < 0; i++) {
        if (profits[i].text().equals(best.text())) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        throw new TraceMismatch(ErrorType.COMPUTE, "no remaining job has profit " + best.text());
      }
      int job = remaining.remove(chosen);
      int deadline = m.fetch(DEADLINE.at(job)).asInt();
      m.write("job", job);
      if (deadline < 1) {
        throw new TraceMismatch(ErrorType.FETCH, "deadline " + deadline + " is before slot 1");
      }
      for (int t = Math.min(deadline, slots); t >= 1; t--) {
        m.state(SLOT_STATES.of(job, t), group);
        Val used = m.fetch(slot(t));
        if (m.compare(used, m.fetch(X)) < 0) {
          m.write(slot(t), m.add(used, Machine.lit(1)));
          m.state(TAKES.of(job), group);
          m.write(TOTAL, m.add(m.fetch(TOTAL), m.fetch(PROFIT.at(job))));
          m.write(LEFT, m.sub(m.fetch(LEFT), Machine.lit(1)));
          break;
        }
      }
    }
    m.state("done");
    Val total = m.fetch(TOTAL);
    m.write("ans", total);
    m.halt();
    return Answers.integer(total.asLong());
  }

  private static Cell slot(int t) {
    return SLOTS.at(t);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Jobs take one time unit; time slots are 1, 2, ...; a job may run in any slot t <= its"
            + " deadline, and each slot has one place per machine. The exact greedy takes the"
            + " jobs by decreasing profit (equal profits: the job listed first) and puts each in"
            + " the latest slot at or before its deadline that still has a free machine; a job"
            + " with no such slot is skipped. Instances: the number of machines x is uniform in"
            + " [1, min(4, n-1)]; deadlines are uniform in [1, D] with D = max(2, min(10,"
            + " ceil(3n/(4x)))), so that about three quarters of the jobs could fit if deadlines"
            + " were spread evenly and some jobs must be skipped (more of them in L, where the"
            + " cap of 10 slots binds); profits are uniform in [1, 99]. The cap keeps the slot"
            + " scans short and the L traces under 32,000 characters.\n\n"
            + "Why the greedy is optimal. (1) A set S of jobs can be scheduled iff for every t"
            + " at most x*t jobs of S have deadline <= t (Hall's condition for matching jobs to"
            + " the places (slot, machine) at or before their deadlines; sufficiency: running"
            + " the jobs of S in deadline order, x per slot, puts the i-th (from 0) in slot"
            + " floor(i/x)+1 <= its deadline). (2) The greedy's test is exact: if job j finds"
            + " no free slot <= d_j, let s >= d_j be the largest slot such that slots 1..s are"
            + " all full. Every job placed in slots 1..s has deadline <= s: a job with a later"
            + " deadline was put in the latest free slot <= its deadline, and slot s+1 (which"
            + " has never been full, or does not exist beyond every deadline) would have been"
            + " free then. So x*s accepted jobs and j have deadline <= s, and no schedule holds"
            + " them all; conversely, when a free slot exists, the placement is valid. (3) The"
            + " schedulable sets are the independent sets of a matroid (the transversal"
            + " matroid of the bipartite graph between jobs and places). By (2) the greedy keeps"
            + " a job exactly when the kept set stays independent, and a rejected job stays"
            + " dependent as the kept set grows, so the result G = g1, ..., gr is a basis. Let O"
            + " = o1, ..., os be an optimal independent set sorted by decreasing profit; all"
            + " bases have the same size, so s <= r. If some k had p(o_k) > p(g_k), take the"
            + " first: {o1..ok} and {g1..g(k-1)} are independent of sizes k and k-1, so by the"
            + " exchange axiom some o_i (i <= k) outside {g1..g(k-1)} keeps {g1..g(k-1)} + o_i"
            + " independent. Its profit p(o_i) >= p(o_k) > p(g_k), so the greedy met it before"
            + " g_k, when the kept set was a subset of {g1..g(k-1)}; the job fitted then and"
            + " would have been kept, a contradiction. Hence p(g_k) >= p(o_k) for every k <= s"
            + " and G is optimal (Rado-Edmonds). Ties in profit change which jobs are kept but"
            + " not the total. The tests check the answer against a different exact algorithm"
            + " (deadline order with a min-heap) on every contract instance and against brute"
            + " force over all subsets for n <= 12.",
        Ordered.map(
            "machines",
            "x, uniform in [1, min(4, n-1)]",
            "jobs",
            "n jobs {deadline, profit}: deadline uniform in [1, D], D = max(2, min(10,"
                + " ceil(3n/(4x)))), profit uniform in [1, 99]; job i is the i-th of the list"),
        "the maximum total profit, boxed as an integer",
        "A state start restates every deadline, takes their maximum T (the last useful slot),"
            + " restates x (the number of machines) and multiplies it by T (the free places),"
            + " and writes c_1..c_T"
            + " = 0 (the occupancy of each slot), total = 0 and left = x*T. Then one greedy"
            + " choice per job: a state pick_k restates left and stops the greedy when it is 0"
            + " (every place is taken); otherwise it restates the profit of every job not yet"
            + " taken, takes their maximum, restates the chosen job's deadline and writes job"
            + " (the chosen job's number). Then states slot(j,t) for t = d_j, d_j-1, ...: each"
            + " restates c_t and x and compares them; a full slot leads to the next"
            + " earlier one (writing nothing), a free one gets c_t+1 and leads to take_j, which"
            + " restates total and p_j, adds them, restates left and subtracts 1. A job whose"
            + " slots down to 1 are all full is skipped. A final state done restates total and"
            + " writes ans. Groups for no-atomic: one job (its pick, slot scan and take) per"
            + " step.",
        List.of(
            "The pick state restates the profits of all remaining jobs, so the pick states"
                + " grow quadratically with n; they are most of an L trace.",
            "Stopping when left reaches 0 is only a shortcut: every remaining job would find"
                + " all its slots full."));
  }
}
