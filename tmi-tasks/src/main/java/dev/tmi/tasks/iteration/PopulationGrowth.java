package dev.tmi.tasks.iteration;

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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fibonacci-like population growth with a maturation delay, iterated one time unit at a time: P(0)
 * = y, P(t) = P(t-1) for t <= x, and P(t) = P(t-1) + z * P(t-1-x) for t > x.
 */
public final class PopulationGrowth extends BaseTask<PopulationGrowth.Instance> {

  /**
   * A population-growth instance.
   *
   * @param n the number of time units
   * @param x the maturation delay: a pair becomes fertile x units after its birth, so breeding
   *     starts at unit x; {@code 0 <= x < n}
   * @param y the number of newborn pairs at time 0
   * @param z the new pairs each fertile pair produces per unit
   */
  public record Instance(int n, int x, int y, int z) {}

  private static final Names.Indexed TIMES = Names.indexed("t");

  static final int MAX_DELAY = 5;
  static final int MAX_INITIAL = 20;
  static final int MAX_LITTER = 4;

  /** Group labels of the time-unit states, such as {@code units1-3}. */
  private static final Names.Family UNITS = Names.family((from, to) -> "units" + from + "-" + to);

  private static final Cells P = Cells.indexed("p");
  private static final Cell X = Cell.named("x");
  private static final Cell Z = Cell.named("z");

  public PopulationGrowth() {
    super(
        TaskInfo.of(
            "population-growth",
            "Population Growth",
            AlgorithmClass.ITERATION,
            "the number of pairs after n time units when every pair becomes fertile x units"
                + " after birth and then has z new pairs per unit, starting from y pairs",
            "n, the number of time units",
            new LengthRange(1, 10),
            new LengthRange(11, 25),
            new LengthRange(26, 50)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "At time 0 there are {y} newborn pairs. Every pair becomes fertile {x} time units"
                + " after its birth, and from then on it produces {z} new pairs at the end of"
                + " every unit. No pair dies. How many pairs are there after {n} time units?",
            "A farm in {city} starts with {y} newborn pairs of rabbits. A pair can breed {x}"
                + " months after it is born; from then on each pair has {z} new pairs at the end"
                + " of every month. Rabbits never die. How many pairs are there after {n}"
                + " months?",
            "Population model: P(0) = {y} pairs; a pair becomes fertile {x} units after birth;"
                + " each fertile pair produces {z} new pairs per unit (born at the end of the"
                + " unit); nobody dies. Find the number of pairs at time {n}.",
            "{name} keeps {y} newborn pairs of guinea pigs. Each pair needs {x} weeks to mature"
                + " after its birth; a mature pair has {z} new pairs at the end of each week."
                + " Assuming none die, how many pairs does {name} have after {n} weeks?",
            "Breeding starts at unit {x}: the {y} initial pairs (born at time 0) become fertile"
                + " at time {x}, and every pair becomes fertile {x} units after its own birth."
                + " Each fertile pair yields {z} new pairs at the end of every unit. How many"
                + " pairs exist at time {n}?",
            "A pond at the {place} holds {y} newborn pairs of frogs. Frogs become fertile {x}"
                + " seasons after they hatch, and each fertile pair produces {z} new pairs at the"
                + " end of every season. No frog dies. How many pairs live in the pond after {n}"
                + " seasons?",
            "Generalised Fibonacci rabbits: start with {y} pairs of newborns; maturity takes {x}"
                + " months; a mature pair produces {z} pairs each month. Count the pairs after"
                + " {n} months (no deaths).",
            "Starting with {y} newborn pairs, each pair begins breeding {x} units after birth and"
                + " then adds {z} pairs per unit. What is the population, in pairs, after {n}"
                + " units?",
            "{name} studies a colony of beetles in {city}: {y} newborn pairs at time 0, fertile"
                + " {x} days after birth, {z} new pairs per fertile pair at the end of each day,"
                + " no deaths. How many pairs after {n} days?",
            "Compute P({n}) for a population that starts with {y} newborn pairs, where each pair"
                + " becomes fertile {x} units after being born and then produces {z} new pairs"
                + " at the end of every unit. Pairs live forever.",
            "A bird sanctuary near the {place} begins with {y} pairs of newly hatched birds."
                + " Birds can breed {x} years after hatching; afterwards each pair raises {z} new"
                + " pairs per year. Ignoring deaths, how many pairs are there after {n} years?",
            "Time starts at 0 with {y} pairs, all newborn. Fertility comes {x} units after"
                + " birth; each fertile pair has {z} new pairs at the end of each unit. How many"
                + " pairs are alive at time {n}?",
            "In a simulation, {y} newborn pairs exist at t = 0. A pair born at time b is fertile"
                + " from time b + {x} on, and each fertile pair creates {z} new pairs at the end"
                + " of every unit. What is the number of pairs at t = {n}?",
            "{name} and {name2} model a fish farm: {y} newborn pairs to start, maturity {x}"
                + " months after birth, {z} new pairs per mature pair per month, no losses. How"
                + " many pairs after {n} months?",
            "Initial pairs: {y} (newborn). Maturation delay: {x} units after birth. New pairs per"
                + " fertile pair per unit: {z}. Time units: {n}. No deaths. Final number of"
                + " pairs?",
            "A lab at the {place} grows {y} newborn pairs of fruit flies. A pair becomes fertile"
                + " {x} days after it emerges and then yields {z} new pairs at the end of every"
                + " day. No flies die. How many pairs are there after {n} days?",
            "Every pair of a species becomes fertile {x} units after it is born and from then"
                + " on has {z} new pairs per unit. With {y} newborn pairs at time 0 and no"
                + " deaths, how many pairs are there at time {n}?",
            "{name} breeds hamsters at the {place}: {y} newborn pairs, fertile {x} weeks after"
                + " birth, then {z} new pairs per fertile pair every week, nobody dies. How many"
                + " pairs after {n} weeks?",
            "Population growth question: breeding starts at unit {x} (a pair is fertile {x}"
                + " units after its birth), there are {y} pairs at the beginning, and each"
                + " fertile pair produces {z} new pairs per unit. How many pairs after {n}"
                + " units?",
            "A colony of rabbits on an island near {city}: {y} newborn pairs at the start; a"
                + " pair matures {x} months after birth and then produces {z} pairs each month;"
                + " no rabbit dies. Number of pairs after {n} months?",
            "Let P(t) be the number of pairs at time t. P(0) = {y} newborn pairs, every pair is"
                + " fertile from {x} units after its birth, and each fertile pair adds {z} pairs"
                + " at the end of each unit. What is P({n})?",
            "How many pairs of mice will {name} have after {n} weeks, starting from {y}"
                + " newborn pairs, if a pair can breed {x} weeks after birth and then has {z}"
                + " new pairs every week, and no mouse dies?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    int x = rng.nextInt(0, Math.min(n - 1, MAX_DELAY) + 1);
    return new Instance(n, x, rng.nextInt(1, MAX_INITIAL + 1), rng.nextInt(1, MAX_LITTER + 1));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.n());
  }

  @Override
  public void validate(Instance in) {
    check(in.n() >= 1 && in.n() <= 200, "n", "must be in [1, 200]");
    check(in.x() >= 0 && in.x() < in.n(), "x", "must be in [0, n-1]");
    check(in.y() >= 1 && in.y() <= 1_000_000, "y", "must be in [1, 1000000]");
    check(in.z() >= 0 && in.z() <= 100, "z", "must be in [0, 100]");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of(
            "n", Integer.toString(in.n()),
            "x", Integer.toString(in.x()),
            "y", Integer.toString(in.y()),
            "z", Integer.toString(in.z()))
        ::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    m.init(X, in.x());
    m.init("y", in.y());
    m.init(Z, in.z());
    int n = in.n();
    m.state("t0");
    Val pop = m.fetch("y");
    m.write(cell(0), pop);
    for (int t = 1; t <= n; t++) {
      m.state(TIMES.of(t), UNITS.of((t - 1) / 3 * 3 + 1, (t - 1) / 3 * 3 + 3));
      Val x = m.fetch(X);
      if (m.compare(Machine.lit(t), x) <= 0) {
        // Nobody is fertile yet: the population stays.
        pop = m.fetch(cell(t - 1));
      } else {
        int parents = m.sub(Machine.lit(t - 1), x).asInt();
        if (parents < 0 || parents >= t) {
          throw new TraceMismatch(ErrorType.COMPUTE, "no time unit " + parents + " before " + t);
        }
        Val births = m.mul(m.fetch(Z), m.fetch(cell(parents)));
        pop = m.add(m.fetch(cell(t - 1)), births);
      }
      m.write(cell(t), pop);
    }
    m.halt();
    return Answers.integerString(pop.asBig());
  }

  private static Cell cell(int t) {
    return P.at(t);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "The paper gives only 'breeding starts at unit x (x<n), y initial pairs, z new pairs per"
            + " breeding pair per unit'. The model chosen is Fibonacci-like with a maturation"
            + " delay and no deaths: at time 0 there are y newborn pairs; a pair born at time b"
            + " becomes fertile at time b+x (so the initial pairs start breeding at unit x) and"
            + " from then on produces z new pairs at the end of every unit, i.e. at times b+x+1,"
            + " b+x+2, ... The pairs breeding during unit t (from time t-1 to t) are those born at"
            + " time t-1-x or earlier, all of which are alive at time t-1-x, so P(0) = y, P(t) ="
            + " P(t-1) for 1 <= t <= x, and P(t) = P(t-1) + z*P(t-1-x) for t > x. The answer is"
            + " P(n). x = 0 is allowed (a pair breeds in the unit right after its birth: P(t) ="
            + " (1+z)P(t-1)), which makes n = 1 meaningful (x = 0 is then the only choice), and"
            + " x < n is exactly the condition that some breeding happens. x = 1, y = 1, z = 1"
            + " gives the Fibonacci numbers 1, 1, 2, 3, 5, 8, ...",
        Ordered.map(
            "n", "the number of time units, uniform in the split's range",
            "x", "the maturation delay, uniform in [0, min(n-1, 5)]",
            "y", "newborn pairs at time 0, uniform in [1, 20]",
            "z", "new pairs per fertile pair per unit, uniform in [1, 4]"),
        "P(n), the number of pairs at time n, as an integer string (exact; up to about 37"
            + " digits for L), boxed as the plain integer",
        "A state t0 restates y and writes p0. Then one state per time unit t = 1..n: it"
            + " restates x and compares t with x. If t <= x nobody is fertile: it restates"
            + " p(t-1) and writes it as p(t). Otherwise it computes the parents' time t-1-x,"
            + " restates z and p(t-1-x) (the Memory Fetcher reaches back x+1 units), multiplies"
            + " them (the births), restates p(t-1), adds, and writes p(t). The last state's p(n)"
            + " is the answer. Groups for no-atomic: three time units per step.",
        List.of(
            "With x = 0 the trace still restates p(t-1) twice (as the parents and as the"
                + " previous population): the two roles are different operands."));
  }
}
