package dev.tmi.tasks.recursion;

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
import dev.tmi.tasks.common.Draw;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The number of derangements of n elements by the recursion D(k) = (k-1)(D(k-1) + D(k-2)), unrolled
 * top-down in call order with a memo: the calls descend from D(n) to the base cases, then the
 * returns compute D(3), D(4), ..., D(n).
 */
public final class Derangement extends BaseTask<Derangement.Instance> {

  /**
   * A derangement instance.
   *
   * @param n the number of elements
   */
  public record Instance(int n) {}

  /** The largest n an external instance may ask for; D(500) has about 1,100 digits. */
  static final int MAX_N = 500;

  /** Objects of the stories, plural; paired with {@link #OWNERS}. */
  static final List<String> ITEMS =
      List.of(
          "hats",
          "coats",
          "umbrellas",
          "keys",
          "scarves",
          "gloves",
          "backpacks",
          "lunch boxes",
          "water bottles",
          "name badges",
          "jackets",
          "helmets",
          "notebooks",
          "phones",
          "mugs");

  /** What is permuted, in the abstract templates. */
  static final List<String> ELEMENTS =
      List.of("elements", "objects", "items", "distinct objects", "labelled items", "things");

  /** Small numbered things, plural. */
  static final List<String> THINGS =
      List.of("cards", "tiles", "balls", "tokens", "blocks", "discs", "chips", "stones");

  /** Who owns the objects, plural. */
  static final List<String> OWNERS =
      List.of(
          "guests",
          "students",
          "colleagues",
          "players",
          "travellers",
          "musicians",
          "friends",
          "climbers",
          "visitors",
          "dancers",
          "chess players",
          "volunteers",
          "cousins",
          "hikers",
          "engineers");

  private static final Names.Indexed RETURNS = Names.indexed(k -> "ret(" + k + ")");
  private static final Names.Indexed CALLS = Names.indexed(k -> "D(" + k + ")");
  private static final Names.Indexed CALL_GROUPS = Names.indexed("calls");
  private static final Names.Indexed RETURN_GROUPS = Names.indexed("returns");

  private static final Cells D = Cells.indexed("d");

  public Derangement() {
    super(
        TaskInfo.of(
            "derangement",
            "Derangement",
            AlgorithmClass.RECURSION,
            "the number of permutations of n elements that leave no element in its place",
            "n, the number of elements",
            new LengthRange(3, 30),
            new LengthRange(31, 60),
            new LengthRange(61, 100)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "How many derangements of {n} {elements} are there?",
            "Compute the number of permutations of {n} {elements} in which no one stays in its"
                + " original position.",
            "{name} asks: what is D({n}), the number of derangements of {n} {elements}?",
            "{name} wants !{n}, the subfactorial of {n}: how many ways can {n} {items} be"
                + " rearranged so that none is in its own place?",
            "{n} {owners} at a party in {city} leave their {items} at the door. In how many ways"
                + " can the {items} be handed back so that nobody gets their own?",
            "Secret Santa at the {place}: {n} {owners} each draw one name from a hat, and nobody"
                + " may draw their own. How many valid draws are there?",
            "{name} writes {n} letters to {owners} in {city} and addresses {n} envelopes, then"
                + " puts the letters into the envelopes at random. In how many ways can every"
                + " letter end up in a wrong envelope?",
            "{n} {owners} from {city} swap their {items} so that each ends up with someone"
                + " else's. How many such swaps are possible?",
            "A teacher at the {place} in {city} returns {n} graded tests to {n} {owners} so that"
                + " no one receives their own. How many ways are there to do this?",
            "{name} counts the permutations p of 1..{n} with p(i) != i for every i. What number"
                + " does {name} get?",
            "How many permutations of {n} {elements} have no fixed point? ({name} needs the exact"
                + " value.)",
            "{name} shuffles {n} numbered {things} and lays them in slots numbered 1 to {n}. In"
                + " how many arrangements does none land in its own slot?",
            "At the {place}, {n} {owners} hang up their {items}. When they leave, each takes a"
                + " wrong one. How many ways can this happen?",
            "{name} uses the recurrence D(k) = (k-1)(D(k-1) + D(k-2)) with D(1) = 0 and D(2) = 1"
                + " to count the derangements of {n} {elements}. What is D({n})?",
            "The {owners} of a club in {city} ({n} of them) exchange {items} so that no one keeps"
                + " their own. Count the possible exchanges.",
            "In how many ways can {n} {owners} each be given a seat at the {place} so that nobody"
                + " sits in the seat printed on their own ticket?",
            "{name} and {name2} organise a gift exchange for {n} {owners}: everyone gives one gift"
                + " and receives one, never their own. How many assignments are possible?",
            "Number of derangements of {n} {elements}, as {name} from {city} asks: give the exact"
                + " value.",
            "A cloakroom at the {place} in {city} mixes up the {items} of all {n} {owners} so"
                + " that nobody gets their own back. How many mix-ups of this kind exist?",
            "Calculate the subfactorial !{n}: the number of orderings of {n} {elements} without"
                + " a fixed point.",
            "{n} robots at the {place} return to {n} charging docks, one each, and no robot may"
                + " use its home dock. How many ways can they dock?",
            "How many ways are there for {name} to hand {n} {items} back to their {n} {owners}"
                + " so that every one of them receives a wrong one?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    return new Instance(info().range(split).draw(rng));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.n());
  }

  @Override
  public void validate(Instance in) {
    check(in.n() >= 1 && in.n() <= MAX_N, "n", "must be in [1, " + MAX_N + "]");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    // The instance is only n: the story words are the queries' variety.
    return Map.of(
            "n", Integer.toString(in.n()),
            "items", Draw.pick(rng, ITEMS),
            "owners", Draw.pick(rng, OWNERS),
            "elements", Draw.pick(rng, ELEMENTS),
            "things", Draw.pick(rng, THINGS))
        ::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    Recursion r = new Recursion(m);
    Val d = r.call(in.n());
    m.halt();
    return Answers.integerString(d.asBig());
  }

  /** The recursion; the memo is the set of d cells already written. */
  private static final class Recursion {
    private final Machine m;
    private final boolean[] known = new boolean[MAX_N + 1];
    private int calls;
    private int returns;

    Recursion(Machine m) {
      this.m = m;
    }

    /** A call state: tests the base case, then recurses; returns D(k). */
    Val call(int k) {
      m.state(CALLS.of(k), CALL_GROUPS.of(calls++ / 4 + 1));
      int c = m.compare(Machine.lit(k), Machine.lit(2));
      if (c <= 0) {
        // Base cases: D(2) = 1 (one swap), D(1) = 0.
        Val base = Machine.lit(c == 0 ? 1 : 0);
        m.write(cell(k), base);
        known[k] = true;
        return base;
      }
      if (k <= 2) {
        throw new TraceMismatch(ErrorType.TRANSITION, "D(" + k + ") is a base case");
      }
      call(k - 1);
      if (!known[k - 2]) {
        // Only D(3) meets D(1) unsolved; every later second call hits the memo.
        call(k - 2);
      }
      m.state(RETURNS.of(k), RETURN_GROUPS.of(returns++ / 3 + 1));
      Val sum = m.add(m.fetch(cell(k - 1)), m.fetch(cell(k - 2)));
      Val d = m.mul(Machine.lit(k - 1), sum);
      m.write(cell(k), d);
      known[k] = true;
      return d;
    }

    private static Cell cell(int k) {
      return D.at(k);
    }
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "The recurrence is D(k) = (k-1)(D(k-1) + D(k-2)) with D(1) = 0 and D(2) = 1 (the"
            + " first element goes to one of k-1 places j; either j comes back to the first"
            + " place, leaving D(k-2), or it does not, which is a derangement of k-1 elements)."
            + " It is unrolled as a top-down recursion in call order with a memo: D(n) calls"
            + " D(n-1), which calls D(n-2), ..., down to the base cases D(2) and D(1) (called by"
            + " D(3)); then the returns run from D(3) up to D(n). The second call D(k-2) of every"
            + " D(k) with k >= 4 finds D(k-2) in the memo, so it is not a separate state: the"
            + " return state reads the memo cell directly. The instance is only n, so S holds"
            + " just 28 distinct problems; the queries' variety comes from 22 templates and their"
            + " story words (objects, owners, names, cities, places).",
        Ordered.map("n", "uniform in the split's range"),
        "D(n) as an integer string (exact, any size), boxed as the plain integer",
        "A call state D(k) compares k with 2: for k > 2 it goes on to the call D(k-1); D(2)"
            + " (k == 2) writes d2 = 1 and D(1) (k < 2) writes d1 = 0. A return state ret(k)"
            + " restates d(k-1) and d(k-2) (Memory Fetcher; d(k-2) is the memo hit), adds them"
            + " and multiplies the sum by k-1 (two operations, big integers), and writes d(k)."
            + " The last return state, ret(n), ends the trace; its d(n) is the answer. Groups for"
            + " no-atomic: four call states or three return states per step.",
        List.of(
            "Size (the 32,000-character limit is NOT met for most of L): every D(k) is the"
                + " result of one operation, written once, restated twice (as d(k-1) and as"
                + " d(k-2)) and shown as an operand twice, and the sum D(k-1)+D(k-2) appears"
                + " twice more, so the tail CoT holds each number about eight times. The digit"
                + " counts of D(3..100) sum to about 6,900 (D(100) has 158 digits), so the"
                + " traces exceed 32,000 characters from n = 74 on (about 62,000 at n = 100;"
                + " about two thirds of L). S (max about 5,300) and M (max about 21,000) stay"
                + " under it. No faithful trace can fit: with a Memory Fetcher a value read in"
                + " a later state is shown at least four times (result, write, restatement,"
                + " operand), and even the single-predecessor identity D(k) = k*D(k-1) +"
                + " (-1)^k, which needs an intermediate product, would give about 46,000"
                + " characters at n = 100.",
            "Check values: D(3) = 2, D(4) = 9, D(5) = 44, D(10) = 1334961."));
  }
}
