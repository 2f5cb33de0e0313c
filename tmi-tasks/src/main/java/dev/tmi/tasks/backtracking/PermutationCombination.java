package dev.tmi.tasks.backtracking;

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
import dev.tmi.tasks.common.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The number of distinct k-element combinations of a list that may repeat values, counted by
 * backtracking: choose an element for the next slot, recurse, undo; an element equal to the one
 * tried just before it in the same slot is skipped, so every combination is counted once.
 */
public final class PermutationCombination extends BaseTask<PermutationCombination.Instance> {

  /**
   * A list and a combination size.
   *
   * @param list n integers in non-decreasing order, values may repeat
   * @param k the size of the combinations, 1 <= k <= n
   */
  public record Instance(List<Integer> list, int k) {}

  /** Values are drawn from {@code [1, MAX_VALUE]}: few, so that lists repeat values. */
  static final int MAX_VALUE = 6;

  static final int MAX_N = 12;

  /** States per group of the "without Atomic State" ablation. */
  static final int GROUP = 3;

  private static final Names.Family UNDOS = Names.family((d, i) -> "undo[" + d + "][" + i + "]");
  private static final Names.Family PICKS = Names.family((d, i) -> "pick[" + d + "][" + i + "]");
  private static final Names.Indexed PARTS = Names.indexed("part");

  private static final Cells A = Cells.indexed("a");
  private static final Cells C = Cells.indexed("c");
  private static final Cell K = Cell.named("k");
  private static final Cell SIZE = Cell.named("size");
  private static final Cell COUNT = Cell.named("count");

  public PermutationCombination() {
    super(
        TaskInfo.of(
            "permutation-combination",
            "Permutation Combination",
            AlgorithmClass.BACKTRACKING,
            "the number of distinct k-element combinations of an n-element list with repeated"
                + " values, found by backtracking",
            "n, the number of list elements",
            new LengthRange(2, 4),
            new LengthRange(5, 6),
            new LengthRange(7, 8)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "How many different combinations of {k} elements can be chosen from the list"
                + " [{list}]? Combinations with the same values count once.",
            "Count the distinct {k}-element combinations of [{list}] (order does not matter,"
                + " equal values are indistinguishable).",
            "From the multiset [{list}], how many distinct sub-multisets of size {k} are there?",
            "Using backtracking, count the distinct ways to pick {k} of the numbers [{list}],"
                + " where picks that contain the same values are the same.",
            "List: [{list}], k = {k}. Return the number of unique combinations of size k.",
            "{name} has cards showing [{list}] and draws {k} of them. How many different sets of"
                + " numbers can {name} end up holding?",
            "A {place} in {city} has {thing} with the labels [{list}]. In how many different ways"
                + " (by labels) can {k} of them be chosen?",
            "Choose {k} numbers from [{list}] without regard to order. How many distinct"
                + " selections are possible if equal numbers are interchangeable?",
            "Count the combinations of size {k} from the sorted list {list}, skipping"
                + " duplicates.",
            "Numbers: {list}\nPick: {k}\nHow many distinct combinations are there?",
            "How many unique multisets of {k} elements can be formed from the elements of"
                + " [{list}]?",
            "A bag holds balls numbered [{list}]; balls with the same number look alike. How"
                + " many distinguishable handfuls of {k} balls can be taken out?",
            "Determine the number of distinct combinations C of {k} elements drawn from"
                + " [{list}], treating repeated values as identical.",
            "{name} and {name2} pick a team of {k} from players whose shirt numbers are"
                + " [{list}]. Teams are told apart only by the numbers on the shirts. How many"
                + " different teams are there?",
            "Enumerate all distinct {k}-combinations of [{list}] by backtracking and report how"
                + " many there are.",
            "What is the number of different ways to select {k} items from {list}, when"
                + " identical values are not distinguished?",
            "Given the non-decreasing sequence [{list}], count its distinct subsequences of"
                + " length {k} as multisets.",
            "A menu in {city} offers dishes priced [{list}]. How many different price"
                + " combinations are there for an order of {k} distinct dishes?",
            "Combinations without repetition of positions, with equal values merged: how many"
                + " {k}-element combinations does [{list}] have?",
            "From the list [{list}], how many distinct groups of {k} numbers can be formed?",
            "Count the unique combinations of length {k} of the elements [{list}]."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    List<Integer> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(rng.nextInt(1, MAX_VALUE + 1));
    }
    list.sort(null);
    return new Instance(list, rng.nextInt(1, n + 1));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.list().size());
  }

  @Override
  public void validate(Instance in) {
    check(in.list() != null && !in.list().isEmpty(), "list", "must be a non-empty list");
    check(in.list().size() <= MAX_N, "list", "at most " + MAX_N + " elements");
    for (int i = 0; i < in.list().size(); i++) {
      int v = in.list().get(i);
      check(v >= -1000 && v <= 1000, "list", "each value in [-1000, 1000]");
      check(i == 0 || in.list().get(i - 1) <= v, "list", "must be in non-decreasing order");
    }
    check(in.k() >= 1 && in.k() <= in.list().size(), "k", "must be in [1, n]");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("list", Text.join(in.list()), "k", Integer.toString(in.k()))::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.list().size();
    for (int i = 1; i <= n; i++) {
      m.init(A.at(i), in.list().get(i - 1));
    }
    m.init("n", n);
    m.init(K, in.k());
    Search s = new Search(m, n);
    s.run();
    m.state("answer");
    Val count = m.fetch(COUNT);
    m.write("ans", count);
    m.halt();
    return Answers.integer(count.asLong());
  }

  /** The backtracking search; {@code states} numbers the states for grouping. */
  private static final class Search {
    private final Machine m;
    private final int n;
    private int slack;
    private int states;

    Search(Machine m, int n) {
      this.m = m;
      this.n = n;
    }

    private void enter(String label) {
      m.state(label, PARTS.of(states++ / GROUP + 1));
    }

    void run() {
      enter("start");
      slack = m.sub(m.fetch("n"), m.fetch(K)).asInt();
      if (slack < 0 || slack >= n) {
        throw new TraceMismatch(ErrorType.COMPUTE, "n-k = " + slack + " out of range");
      }
      m.write("slack", slack);
      m.write(SIZE, 0);
      m.write(COUNT, 0);
      fill(1, 1);
    }

    /** Fills slot {@code d} with an element of index {@code from} or later. */
    private void fill(int d, int from) {
      if (d > n) {
        throw new TraceMismatch(ErrorType.TRANSITION, "more slots than elements");
      }
      // Later indices would leave too few elements for the remaining slots.
      int last = slack + d;
      for (int i = from; i <= last; i++) {
        enter(PICKS.of(d, i));
        Val value;
        if (i > from) {
          Val before = m.fetch(A.at(i - 1));
          value = m.fetch(A.at(i));
          if (m.equal(before, value)) {
            continue;
          }
        } else {
          value = m.fetch(A.at(i));
        }
        Val size = m.add(m.fetch(SIZE), Machine.lit(1));
        boolean full = m.equal(size, m.fetch(K));
        m.write(C.at(d), value);
        m.write(SIZE, size);
        if (full) {
          enter("leaf");
          m.write(COUNT, m.add(m.fetch(COUNT), Machine.lit(1)));
        } else {
          fill(d + 1, i + 1);
        }
        enter(UNDOS.of(d, i));
        m.write(SIZE, m.sub(m.fetch(SIZE), Machine.lit(1)));
      }
    }
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "The paper defines the task only as \"the number of combinations of an n-element list,"
            + " found step by step by backtracking\" (a later table calls it Palindrome"
            + " Combination; that reading is the extra task palindrome-combination). TMI reads"
            + " it as the classic combinations-with-duplicates problem: given a list of n"
            + " integers that may repeat and a size k, count the distinct k-element"
            + " combinations, where two combinations with the same values (as multisets) are"
            + " the same. Counting all permutations instead would make the backtracking tree"
            + " of an 8-element list 40,320 leaves long; combinations keep an L trace under"
            + " 32,000 characters. The list is given in non-decreasing order, the usual"
            + " precondition of the duplicate-skipping backtracking (sorting is a task of its"
            + " own, Bubble Sort). Values are drawn from [1, 6], so longer lists repeat values"
            + " and the pruning matters; k is uniform in [1, n].",
        Ordered.map(
            "list", "n integers, each uniform in [1, 6], sorted non-decreasing",
            "k", "the combination size, uniform in [1, n]"),
        "the number of distinct k-element combinations, boxed as an integer",
        "A state start computes slack = n - k (slot d may take the elements a_d .. a_(d+slack),"
            + " so that enough elements remain for the later slots) and writes slack, size = 0"
            + " and count = 0. Slot d is filled by trying indices i in increasing order from"
            + " just after the previous slot's index; each try is a state pick[d][i] (choose):"
            + " for every try but the first it restates a_(i-1) and a_i and skips a_i when they"
            + " are equal (the same value was already tried in this slot; nothing is written);"
            + " otherwise it restates size and adds 1, restates k and tests the new size"
            + " against it, and writes c_d = a_i and size. If the combination is complete, a"
            + " state leaf restates count and writes count + 1; otherwise the search recurses"
            + " into slot d+1. Then a state undo[d][i] restates size and writes size - 1 (the"
            + " choice is taken back). A final state answer restates count and writes ans."
            + " Groups for no-atomic: three consecutive states per step.",
        List.of(
            "With n = 8 the tree has at most C(9, k) - 1 choices (when all values differ);"
                + " with values from [1, 6] an 8-element list always repeats some value.",
            "Size in the tail variant: about 700 characters on average in S, 1,800 in M and 3,900"
                + " in L; the longest L trace the generator can produce (eight values, six"
                + " distinct, k near n/2) is about 14,600 characters."));
  }
}
