package dev.tmi.tasks.enumeration;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
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
 * All primes in {@code [lo, hi]}, candidate by candidate, each tested by trial division with one
 * state per trial divisor {@code d = 2, 3, ...} until {@code d*d > p} (prime) or {@code d} divides
 * {@code p} (composite).
 */
public final class PrimeSearch extends BaseTask<PrimeSearch.Instance> {

  /**
   * An interval of integers.
   *
   * @param lo the smallest candidate, at least 2
   * @param hi the largest candidate, greater than lo
   */
  public record Instance(int lo, int hi) {}

  static final int MAX_HI = 100_000;
  static final int MAX_CANDIDATES = 2000;

  private static final Names.Indexed CANDIDATES = Names.indexed("p");

  /** State labels of the trial divisions, such as {@code p211d3} (211 tried against 3). */
  private static final Names.Family TRIALS = Names.family((p, d) -> "p" + p + "d" + d);

  private static final Cells PRIME = Cells.array("prime");
  private static final Cells FACTOR = Cells.array("factor");

  public PrimeSearch() {
    super(
        TaskInfo.of(
            "prime-search",
            "Prime Search",
            AlgorithmClass.ENUMERATION,
            "all primes p with lo <= p <= hi",
            "lo and hi, the interval's endpoints",
            new LengthRange(5, 100),
            new LengthRange(101, 200),
            new LengthRange(201, 300)),
        Instance.class,
        AnswerKind.INT_LIST,
        QueryTemplates.of(
            "List all prime numbers between {lo} and {hi}, inclusive, in increasing order.",
            "Find every prime p with {lo} <= p <= {hi}.",
            "Which numbers in the interval [{lo}, {hi}] are prime? List them in ascending"
                + " order.",
            "Give all primes in [{lo}, {hi}], smallest first. If there are none, give an empty"
                + " list.",
            "Using trial division, find the primes from {lo} to {hi} (both included).",
            "Prime search: lo = {lo}, hi = {hi}. Output the list of primes in the range.",
            "{name} numbers the lockers of the {place} from {lo} to {hi} and paints the prime"
                + " numbered ones red. Which lockers are red?",
            "The houses on a street in {city} are numbered {lo} to {hi}. {name} delivers a"
                + " flyer to every house with a prime number. Which house numbers get one, in"
                + " order?",
            "Enumerate the prime numbers that are at least {lo} and at most {hi}.",
            "What are the primes in the closed interval from {lo} to {hi}? Sort them in"
                + " increasing order.",
            "Range: {lo}..{hi}\nTask: list every prime in the range, ascending.",
            "A cicada species emerges after a prime number of years. Which prime numbers of"
                + " years lie between {lo} and {hi}, inclusive?",
            "{name} checks each integer from {lo} to {hi} for primality. Which ones pass?",
            "Identify all integers n with {lo} <= n <= {hi} that have no divisors other than 1"
                + " and themselves.",
            "A {place} labels its {thing} with the numbers {lo} through {hi}. List the labels"
                + " that are prime numbers, in increasing order.",
            "Return the ascending list of primes in [{lo}, {hi}].",
            "Find the prime numbers from {lo} up to and including {hi}.",
            "Between {lo} and {hi} (inclusive), which numbers are divisible only by 1 and by"
                + " themselves? List them from smallest to largest.",
            "{name} and {name2} play a game: every prime between {lo} and {hi} scores a point."
                + " Write down all of those primes, in order.",
            "Sieve out the composites: list each prime p such that {lo} <= p <= {hi}.",
            "Primes from {lo} to {hi}, please, in ascending order."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    int a = r.draw(rng);
    int b = r.draw(rng);
    while (b == a) {
      b = r.draw(rng);
    }
    return new Instance(Math.min(a, b), Math.max(a, b));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.lo(), "m", in.hi());
  }

  @Override
  public void validate(Instance in) {
    check(in.lo() >= 2, "lo", "must be at least 2");
    check(in.hi() > in.lo() && in.hi() <= MAX_HI, "hi", "must be in (lo, " + MAX_HI + "]");
    check(in.hi() - in.lo() < MAX_CANDIDATES, "hi", "at most " + MAX_CANDIDATES + " candidates");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("lo", Integer.toString(in.lo()), "hi", Integer.toString(in.hi()))::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    m.init("lo", in.lo());
    m.init("hi", in.hi());
    m.state("start");
    int lo = m.fetch("lo").asInt();
    int hi = m.fetch("hi").asInt();
    if (lo < 2 || hi < lo || hi > MAX_HI || hi - lo >= MAX_CANDIDATES) {
      throw new TraceMismatch(ErrorType.FETCH, "interval [" + lo + ", " + hi + "] unusable");
    }
    int found = 0;
    for (int p = lo; p <= hi; p++) {
      String group = CANDIDATES.of(p);
      Val cand = Machine.lit(p);
      for (int d = 2; ; d++) {
        m.state(TRIALS.of(p, d), group);
        Val dd = Machine.lit(d);
        if (m.compare(m.mul(dd, dd), cand) > 0) {
          found++;
          m.write(PRIME.at(found), cand);
          break;
        }
        if (m.equal(m.mod(cand, dd), Machine.lit(0))) {
          m.write(FACTOR.at(p), dd);
          break;
        }
      }
    }
    m.state("answer");
    List<Long> primes = new ArrayList<>(found);
    for (int k = 1; k <= found; k++) {
      primes.add(m.fetch(PRIME.at(k)).asLong());
    }
    m.write("count", found);
    m.halt();
    return Answers.intList(primes);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "The split's range bounds both endpoints: lo and hi are two distinct values drawn"
            + " uniformly from it (S 5-100, M 101-200, L 201-300) and sorted, so longer splits"
            + " mean larger candidates and longer trial divisions, and the width hi - lo spreads"
            + " from 1 to the whole range (about a third of the range on average). An interval"
            + " may hold no prime at all. Primality is tested by plain trial division by d = 2,"
            + " 3, 4, ... (every integer, not only primes), stopping at the first d with d*d > p"
            + " or p % d = 0, so that each step is one atomic test a model can check.",
        Ordered.map(
            "lo",
            "the smaller of two distinct values drawn uniformly from the split's range",
            "hi",
            "the larger of the two"),
        "the ascending list of the primes p with lo <= p <= hi, boxed as [p1, p2, ...], or []",
        "A state start restates lo and hi. Then, for each candidate p from lo to hi, one state per"
            + " trial divisor d = 2, 3, ..., labelled like p211d3: it computes d*d and compares it"
            + " with p; if d*d > p the candidate is prime and the state writes it as prime[k];"
            + " otherwise it computes p % d and tests it against 0, and if d divides p it writes"
            + " factor[p] := d and the candidate is done; otherwise it writes nothing and the next"
            + " divisor follows. A final state answer restates every prime[k] and writes count."
            + " Group for no-atomic: one candidate (all its divisor states) per step.",
        List.of(
            "The candidate p and the divisor d are the loop counters carried by the state label"
                + " (p211d3 tests 211 against 3), so they appear as literals in the operations.",
            "No width cap is needed: the widest L interval (201..300) takes about 25,700"
                + " characters in the tail variant, under the 32,000 limit; the mean is about"
                + " 4,700 (S), 7,700 (M) and 9,300 (L). About 3-5% of the intervals hold no"
                + " prime."));
  }
}
