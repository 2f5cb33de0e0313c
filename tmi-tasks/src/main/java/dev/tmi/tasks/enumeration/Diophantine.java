package dev.tmi.tasks.enumeration;

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
 * All non-negative integer solutions of {@code x1*a + x2*b = n}, enumerated candidate by candidate
 * over {@code a = 0..n//x1}: each candidate computes the remainder {@code n - x1*a} and tests
 * whether {@code x2} divides it.
 */
public final class Diophantine extends BaseTask<Diophantine.Instance> {

  /**
   * A linear Diophantine equation {@code x1*a + x2*b = n}.
   *
   * @param x1 the coefficient of a, at least 1
   * @param x2 the coefficient of b, at least 1
   * @param n the right-hand side, at least 0
   */
  public record Instance(int x1, int x2, int n) {}

  /** Coefficients are drawn from {@code [1, MAX_COEFFICIENT]}. */
  static final int MAX_COEFFICIENT = 9;

  /** Candidates per group of the "without Atomic State" ablation. */
  static final int GROUP = 4;

  static final int MAX_N = 2000;

  /** State labels of the candidates, such as {@code try[3]}. */
  private static final Names.Indexed TRIALS = Names.indexed(a -> "try[" + a + "]");

  /** Group labels of the candidate states, such as {@code try0to4}. */
  private static final Names.Family TRIES =
      Names.family((from, to) -> from == to ? "try" + from : "try" + from + "to" + to);

  private static final Cell X1 = Cell.named("x1");
  private static final Cell X2 = Cell.named("x2");
  private static final Cell N = Cell.named("n");
  private static final Cells A = Cells.array("a");
  private static final Cells B = Cells.array("b");

  public Diophantine() {
    super(
        TaskInfo.of(
            "diophantine",
            "Diophantine Equation",
            AlgorithmClass.ENUMERATION,
            "all non-negative integer solutions (a, b) of x1*a + x2*b = n",
            "n, the right-hand side",
            new LengthRange(10, 50),
            new LengthRange(51, 100),
            new LengthRange(101, 200)),
        Instance.class,
        AnswerKind.INT_PAIR_LIST,
        QueryTemplates.of(
            "Find all non-negative integer solutions (a, b) of {x1}a + {x2}b = {n}. List them"
                + " as pairs sorted by a.",
            "Solve {x1}*a + {x2}*b = {n} over the non-negative integers. Give every pair (a, b),"
                + " in increasing order of a.",
            "List every pair of non-negative integers (a, b) with {x1}a + {x2}b = {n}, sorted by"
                + " a. If there is none, give an empty list.",
            "Enumerate the solutions in non-negative integers of the equation {x1}a + {x2}b ="
                + " {n}. Answer with the list of pairs (a, b) ordered by a.",
            "Diophantine equation: {x1}a + {x2}b = {n}, with a >= 0 and b >= 0. Which pairs"
                + " (a, b) satisfy it? Sort them by a.",
            "{name} buys pencils at {x1} coins each and notebooks at {x2} coins each and spends"
                + " exactly {n} coins. List all possible (pencils, notebooks) pairs, fewest"
                + " pencils first.",
            "A {place} in {city} packs {thing} in boxes of {x1} and crates of {x2}. To ship"
                + " exactly {n} {thing} with full boxes and crates only, how many boxes a and"
                + " crates b can be used? List all pairs (a, b) by increasing a.",
            "Which non-negative integers a and b make {x1}a + {x2}b equal to {n}? Give all pairs"
                + " (a, b), sorted by a.",
            "x1 = {x1}, x2 = {x2}, n = {n}. Find all (a, b) in non-negative integers with"
                + " x1*a + x2*b = n, sorted by a.",
            "A frog jumps either {x1} or {x2} metres at a time. In how many ways, as pairs (a, b)"
                + " of a jumps of {x1} m and b jumps of {x2} m, can it cover exactly {n} metres?"
                + " List the pairs by increasing a.",
            "{name} has stamps worth {x1} and {x2} cents and wants to post a letter costing"
                + " exactly {n} cents. List every combination (a stamps of {x1}, b stamps of"
                + " {x2}), ordered by a.",
            "Give all solutions of {x1}a + {x2}b = {n} where a and b are whole numbers (0"
                + " allowed). Write them as (a, b) sorted by a.",
            "Equation: {x1}a + {x2}b = {n}\nDomain: a, b non-negative integers\nOutput: the list"
                + " of all solutions (a, b), ascending in a.",
            "A recipe in a {place} needs exactly {n} grams of flour, measured with a {x1} g"
                + " scoop and a {x2} g scoop. List all pairs (a, b) of scoop counts that give"
                + " exactly {n} g, by increasing a.",
            "Determine every pair (a, b) of non-negative integers such that {x1} times a plus"
                + " {x2} times b equals {n}. Sort the pairs by a.",
            "{name} and {name2} share a bill of {n} euros: {name} pays in {x1}-euro coins and"
                + " {name2} in {x2}-euro notes. List all possible (coins, notes) counts (a, b),"
                + " sorted by a.",
            "Count out all non-negative solutions of {x1}a+{x2}b={n} and list them as (a, b)"
                + " pairs with a increasing.",
            "Tiles of length {x1} and {x2} must fill a strip of length {n} exactly. List all"
                + " (a, b): a tiles of length {x1} and b tiles of length {x2}, by increasing a.",
            "For the linear equation {x1}a + {x2}b = {n}, enumerate all integer solutions with"
                + " a, b >= 0, sorted by a.",
            "A vending machine in {city} takes only {x1}-cent and {x2}-cent tokens. List every"
                + " way (a, b) to pay exactly {n} cents, with a tokens of {x1} cents and b of"
                + " {x2} cents, ordered by a.",
            "What are all the pairs (a, b) of non-negative integers satisfying {x1}a + {x2}b ="
                + " {n}? Order them by a."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    return new Instance(
        rng.nextInt(1, MAX_COEFFICIENT + 1), rng.nextInt(1, MAX_COEFFICIENT + 1), n);
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.n());
  }

  @Override
  public void validate(Instance in) {
    check(in.x1() >= 1 && in.x1() <= 1000, "x1", "must be in [1, 1000]");
    check(in.x2() >= 1 && in.x2() <= 1000, "x2", "must be in [1, 1000]");
    check(in.n() >= 0 && in.n() <= MAX_N, "n", "must be in [0, " + MAX_N + "]");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of(
            "x1", Integer.toString(in.x1()),
            "x2", Integer.toString(in.x2()),
            "n", Integer.toString(in.n()))
        ::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    m.init(X1, in.x1());
    m.init(X2, in.x2());
    m.init(N, in.n());
    m.state("start");
    int last = m.div(m.fetch(N), m.fetch(X1)).asInt();
    if (last < 0 || last > MAX_N) {
      throw new TraceMismatch(ErrorType.COMPUTE, "last candidate " + last + " out of range");
    }
    m.write("amax", last);
    int found = 0;
    for (int a = 0; a <= last; a++) {
      int from = a / GROUP * GROUP;
      int to = Math.min(from + GROUP - 1, last);
      m.state(TRIALS.of(a), TRIES.of(from, to));
      Val used = m.mul(m.fetch(X1), Machine.lit(a));
      Val rest = m.sub(m.fetch(N), used);
      Val x2 = m.fetch(X2);
      if (m.equal(m.mod(rest, x2), Machine.lit(0))) {
        Val b = m.div(rest, x2);
        found++;
        m.write(A.at(found), a);
        m.write(B.at(found), b);
      }
    }
    m.state("answer");
    List<long[]> pairs = new ArrayList<>(found);
    for (int k = 1; k <= found; k++) {
      pairs.add(new long[] {m.fetch(A.at(k)).asLong(), m.fetch(B.at(k)).asLong()});
    }
    m.write("count", found);
    m.halt();
    return Answers.pairs(pairs);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "The split's length is n, the right-hand side. Both coefficients are drawn uniformly"
            + " from [1, 9], independently of n, so the number of solutions varies from none"
            + " (when gcd(x1, x2) does not divide n, or n is too small for the coefficients) to"
            + " n+1 (x1 = x2 = 1); it grows with n, which is what length means here. The"
            + " enumeration runs over a = 0..n//x1 (every a with x1*a <= n), as the paper"
            + " describes, and b follows from a, so every solution is found exactly once and"
            + " in increasing order of a.",
        Ordered.map(
            "x1", "the coefficient of a, uniform in [1, 9]",
            "x2", "the coefficient of b, uniform in [1, 9]",
            "n", "the right-hand side, uniform in the split's range"),
        "the list of all pairs [a, b] with a, b >= 0 and x1*a + x2*b = n, sorted by a; boxed as"
            + " (a, b) pairs, e.g. [(0, 10), (5, 5), (10, 0)], or [] when there is none",
        "A state start computes the last candidate n//x1 and writes amax. Then one state try[a]"
            + " per candidate a = 0..amax: it restates x1 and computes x1*a, restates n and"
            + " computes the remainder n - x1*a, restates x2 and computes the remainder modulo"
            + " x2, and tests it against 0. When x2 divides the remainder, the state computes"
            + " b = remainder // x2 and writes the k-th solution as a[k] and b[k]; otherwise it"
            + " writes nothing (so the no-linear ablation drops it). A final state answer"
            + " restates every a[k], b[k] and writes count, the number of solutions. Groups"
            + " for no-atomic: four consecutive candidates per step.",
        List.of(
            "Coefficients do not grow with the split: the longest L instance (x1 = x2 = 1, n ="
                + " 200: 201 candidates, all of them solutions) takes about 26,500 characters in"
                + " the tail variant, under the 32,000 limit; the mean is about 900 (S), 2,100"
                + " (M) and 4,300 (L).",
            "Measured over the generator: about 26% of S instances and 21% of M and L instances"
                + " have no solution; the mean number of solutions is about 3 (S), 8 (M) and 15"
                + " (L)."));
  }
}
