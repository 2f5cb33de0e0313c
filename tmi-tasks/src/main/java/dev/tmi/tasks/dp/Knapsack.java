package dev.tmi.tasks.dp;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
import dev.tmi.engine.machine.CellGrid;
import dev.tmi.engine.machine.Cells;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Names;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.query.QueryTemplates;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.engine.task.BaseTask;
import dev.tmi.engine.task.LengthRange;
import dev.tmi.engine.task.Ordered;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskDoc;
import dev.tmi.engine.task.TaskInfo;
import dev.tmi.tasks.common.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * 0-1 knapsack as a top-down memoised recursion over {@code dp[i][c]}, the best value of the first
 * i items at capacity c, as in the paper's styled example.
 */
public final class Knapsack extends BaseTask<Knapsack.Instance> {

  /**
   * A knapsack instance.
   *
   * @param capacity the knapsack's capacity
   * @param weights the items' weights
   * @param values the items' values, as many as weights
   */
  public record Instance(int capacity, List<Integer> weights, List<Integer> values) {}

  private static final Names.Indexed PARTS = Names.indexed("part");

  static final int MAX_WEIGHT = 10;
  static final int MAX_VALUE = 20;

  private static final Cells W = Cells.indexed("w");
  private static final Cells V = Cells.indexed("v");
  private static final CellGrid DP = CellGrid.of("dp");

  public Knapsack() {
    super(
        TaskInfo.of(
            "knapsack",
            "0-1 Knapsack",
            AlgorithmClass.DYNAMIC_PROGRAMMING,
            "the best total value of a 0/1 knapsack of n items",
            "n, the number of items",
            new LengthRange(2, 3),
            new LengthRange(4, 5),
            new LengthRange(6, 8)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "A knapsack holds a total weight of at most {capacity}. The items have weights"
                + " [{weights}] and values [{values}]. Each item can be taken at most once."
                + " What is the largest total value that fits?",
            "0-1 knapsack: capacity = {capacity}, weights = [{weights}], values = [{values}]."
                + " Find the maximum total value.",
            "Solve the 0/1 knapsack problem with capacity {capacity}, item weights {weights} and"
                + " item values {values}.",
            "A gardener can carry {capacity} kg to the market. The plants weigh [{weights}] kg and"
                + " sell for [{values}] coins. Which load earns the most? Give the best total.",
            "{name} packs for a hike with a bag that holds {capacity} kg. The gear weighs"
                + " [{weights}] kg and is worth [{values}] points of comfort. What is the most"
                + " comfort {name} can carry, taking each piece at most once?",
            "Items (weight, value) in order: weights {weights}; values {values}. With a weight"
                + " limit of {capacity}, what maximum value can be selected?",
            "A courier van in {city} can load {capacity} units. Parcels weigh [{weights}] and pay"
                + " [{values}]. What is the highest total pay for one trip?",
            "Choose a subset of items with weights [{weights}] and values [{values}] whose total"
                + " weight is at most {capacity}, maximising the total value. Report that value.",
            "Given capacity W = {capacity}, w = [{weights}] and v = [{values}], compute the"
                + " optimum of the 0-1 knapsack.",
            "A thief can carry {capacity} pounds. The items weigh {weights} and are worth"
                + " {values}. What is the most valuable haul?",
            "The {place} has a shelf that bears {capacity} kg. Boxes of {thing} weigh [{weights}]"
                + " and are worth [{values}]. What is the most value the shelf can hold?",
            "Maximise total value: weights [{weights}], values [{values}], limit {capacity}."
                + " Each item once at most.",
            "Knapsack capacity {capacity}. Item weights: {weights}. Item values: {values}. Best"
                + " achievable value?",
            "{name} has a budget of {capacity} hours. Tasks take [{weights}] hours and earn"
                + " [{values}] points. Each task can be done once. What is the maximum score?",
            "A rocket payload may weigh at most {capacity} units. Instruments weigh [{weights}]"
                + " and have science values [{values}]. What total science value is the best"
                + " possible?",
            "Find the maximum value obtainable with capacity {capacity} from items whose weights"
                + " are {weights} and whose values are {values}, taking each item 0 or 1 times.",
            "Dynamic programming exercise: knapsack with capacity {capacity}; weights"
                + " [{weights}]; values [{values}]. What is dp[n][capacity]?",
            "A backpack of size {capacity}. Objects: sizes {weights}, values {values}. Pick some"
                + " objects to maximise value without exceeding the size.",
            "At a fair in {city}, {name} can carry {capacity} kg of prizes. The prizes weigh"
                + " [{weights}] kg and are worth [{values}] tickets. What is the largest number of"
                + " tickets {name} can take home?",
            "Weights: [{weights}]\nValues: [{values}]\nCapacity: {capacity}\nWhat is the best"
                + " total value of a 0/1 selection?",
            "What is the optimal value of the 0-1 knapsack instance with capacity {capacity},"
                + " weights {weights} and values {values}?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    List<Integer> w = new ArrayList<>(n);
    List<Integer> v = new ArrayList<>(n);
    int total = 0;
    for (int i = 0; i < n; i++) {
      w.add(rng.nextInt(1, MAX_WEIGHT + 1));
      v.add(rng.nextInt(1, MAX_VALUE + 1));
      total += w.get(i);
    }
    int lo = Math.max(1, total / 4);
    int hi = Math.max(lo, (3 * total) / 4);
    return new Instance(rng.nextInt(lo, hi + 1), w, v);
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.weights().size());
  }

  @Override
  public void validate(Instance in) {
    check(in.weights() != null && !in.weights().isEmpty(), "weights", "must be a non-empty list");
    check(in.weights().size() <= 30, "weights", "at most 30 items");
    check(
        in.values() != null && in.values().size() == in.weights().size(),
        "values",
        "must have as many entries as weights");
    check(in.capacity() >= 0 && in.capacity() <= 1000, "capacity", "must be in [0, 1000]");
    in.weights().forEach(w -> check(w >= 1 && w <= 1000, "weights", "each in [1, 1000]"));
    in.values().forEach(v -> check(v >= 0 && v <= 100000, "values", "each in [0, 100000]"));
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of(
            "capacity", Integer.toString(in.capacity()),
            "weights", Text.join(in.weights()),
            "values", Text.join(in.values()))
        ::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    for (int i = 0; i < in.weights().size(); i++) {
      m.init(W.at(i + 1), in.weights().get(i));
      m.init(V.at(i + 1), in.values().get(i));
    }
    Recursion r = new Recursion(m);
    Val best = r.dp(in.weights().size(), in.capacity());
    m.halt();
    return Answers.integer(best.asLong());
  }

  /** The memoised recursion; {@code known} is the memo of solved subproblems. */
  private static final class Recursion {
    private final Machine m;
    private final Set<String> known = new HashSet<>();
    private int states;

    Recursion(Machine m) {
      this.m = m;
    }

    private void enter(String label) {
      m.state(label, PARTS.of(states++ / 3 + 1));
    }

    Val dp(int i, int c) {
      Cell cell = DP.at(i, c);
      enter(cell.name());
      if (known.contains(cell.name())) {
        return m.fetch(cell);
      }
      if (i == 0 || c == 0) {
        known.add(cell.name());
        Val zero = Machine.lit(0);
        m.write(cell, zero);
        return zero;
      }
      Val w = m.fetch(W.at(i));
      m.fetch(V.at(i));
      Val best;
      if (m.compare(w, Machine.lit(c)) <= 0) {
        int rest = m.sub(Machine.lit(c), w).asInt();
        if (rest < 0 || rest > c) {
          throw new dev.tmi.engine.machine.TraceMismatch(
              dev.tmi.engine.verify.ErrorType.COMPUTE, "remaining capacity out of range");
        }
        dp(i - 1, rest);
        dp(i - 1, c);
        enter(cell.name());
        Val take = m.add(m.fetch(DP.at(i - 1, rest)), m.fetch(V.at(i)));
        Val skip = m.fetch(DP.at(i - 1, c));
        best = m.max(take, skip);
      } else {
        dp(i - 1, c);
        enter(cell.name());
        best = m.fetch(DP.at(i - 1, c));
      }
      m.write(cell, best);
      known.add(cell.name());
      return best;
    }
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Weights are drawn from [1, 10] and values from [1, 20]; the capacity is uniform in"
            + " [total/4, 3*total/4] of the total weight, so that roughly half the items fit and"
            + " both branches matter. The recursion is top-down with a memo, as in the paper's"
            + " example: base cases are dp[0][c] = 0 and dp[i][0] = 0.",
        Ordered.map(
            "capacity", "the capacity, uniform in [total/4, 3*total/4] (at least 1)",
            "weights", "n weights, each uniform in [1, 10]",
            "values", "n values, each uniform in [1, 20]"),
        "the best total value dp[n][capacity], boxed as an integer",
        "A call state dp[i][c] fetches w_i and v_i and compares w_i with c. If the item fits it"
            + " computes c-w_i and calls dp[i-1][c-w_i] (TAKE), then dp[i-1][c] (NOT TAKE);"
            + " otherwise only dp[i-1][c]. When the calls are done the state dp[i][c] comes back:"
            + " it restates dp[i-1][c-w_i] and v_i, adds them, restates dp[i-1][c], and writes"
            + " the maximum. A call to a solved subproblem is a state that only fetches the memo."
            + " Groups for no-atomic: three consecutive states per step.",
        List.of(
            "Reproduces the paper's example: capacity 11, weights [2,4,5,6,10,3,1,3,5,6], values"
                + " [1,7,4,5,11,1,3,2,5,6] give dp[9][5]=10, dp[9][11]=15 and dp[10][11]=16."));
  }
}
