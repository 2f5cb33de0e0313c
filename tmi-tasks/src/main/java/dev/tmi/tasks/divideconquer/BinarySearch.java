package dev.tmi.tasks.divideconquer;

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
import dev.tmi.tasks.common.Text;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Binary search for a target in a strictly increasing list, one state per interval {@code {lo,hi}},
 * as in the paper's minimal TAIL-CoT example.
 */
public final class BinarySearch extends BaseTask<BinarySearch.Instance> {

  /**
   * A binary-search instance.
   *
   * @param list strictly increasing integers
   * @param target an element of the list
   */
  public record Instance(List<Integer> list, int target) {}

  private static final Names.Indexed ROUNDS = Names.indexed("round");

  static final int VALUE_BOUND = 9999;

  /** State labels of the intervals, such as {@code {0,10}}. */
  private static final Names.Family INTERVALS = Names.family((lo, hi) -> "{" + lo + "," + hi + "}");

  private static final Cells S = Cells.indexed("s");
  private static final Cell FIND = Cell.named("Find");

  public BinarySearch() {
    super(
        TaskInfo.of(
            "binary-search",
            "Binary Search",
            AlgorithmClass.DIVIDE_AND_CONQUER,
            "the 0-based index of a target in n strictly increasing integers",
            "n, the number of elements",
            new LengthRange(5, 20),
            new LengthRange(21, 40),
            new LengthRange(41, 70)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "Find the index of {target} in the sorted list [{list}]. Indices start at 0.",
            "Use binary search to locate {target} in [{list}] and give its 0-based index.",
            "The list [{list}] is in increasing order. At which position (counting from 0) is"
                + " {target}?",
            "Sorted numbers: {list}. Where is {target}? Answer with its zero-based index.",
            "Binary search: list = [{list}], target = {target}. Return the index of the target.",
            "Given the ascending array [{list}], return the 0-indexed position of {target}.",
            "In the increasing sequence {list}, what is the index (starting at 0) of {target}?",
            "Search for {target} in [{list}] by repeatedly halving the interval. Report its"
                + " index, counting from 0.",
            "{name} keeps the ticket numbers of the {place} sorted: [{list}]. At which 0-based"
                + " position is ticket {target}?",
            "A librarian in {city} shelves books by catalogue number: {list}. Counting shelves"
                + " from 0, on which shelf is book {target}?",
            "The elevations of survey points along a trail rise steadily: {list}. Which point,"
                + " numbered from 0, has elevation {target}?",
            "{name} lists the timestamps of a sensor log in order: [{list}]. Find the index"
                + " (from 0) of timestamp {target}.",
            "Locate the value {target} in the strictly increasing list {list}; indices are"
                + " 0-based.",
            "Array (sorted ascending): [{list}]\nTarget: {target}\nOutput the index of the"
                + " target, 0-based.",
            "What is the zero-based index of {target} in the following sorted list? [{list}]",
            "A {place} numbers its {thing} in increasing order: {list}. What is the position,"
                + " starting from 0, of number {target}?",
            "Perform a binary search for {target} over [{list}] and state the index where it"
                + " is found (first element has index 0).",
            "Sorted scores from a tournament in {city}: [{list}]. {name} scored {target}. At"
                + " what 0-based rank position does that score appear?",
            "Consider the ordered list {list}. Determine the index of {target}, where the first"
                + " element is at index 0.",
            "In [{list}], the number {target} appears exactly once. Using 0-based indexing,"
                + " where is it?",
            "Price tags in a {place} are sorted from cheapest to most expensive: {list}. Which"
                + " index (from 0) holds the price {target}?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    List<Integer> list = Draw.distinctSorted(rng, n, -VALUE_BOUND, VALUE_BOUND);
    return new Instance(list, list.get(rng.nextInt(n)));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.list().size());
  }

  @Override
  public void validate(Instance in) {
    check(in.list() != null && !in.list().isEmpty(), "list", "must be a non-empty list");
    check(in.list().size() <= 1000, "list", "at most 1000 elements");
    for (int i = 1; i < in.list().size(); i++) {
      check(in.list().get(i - 1) < in.list().get(i), "list", "must be strictly increasing");
    }
    check(in.list().contains(in.target()), "target", "must be an element of list");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("list", Text.join(in.list()), "target", Integer.toString(in.target()))::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    List<Integer> s = in.list();
    for (int i = 0; i < s.size(); i++) {
      m.init(S.at(i), s.get(i));
    }
    m.init(FIND, in.target());
    int lo = 0;
    int hi = s.size() - 1;
    for (int round = 0; ; round++) {
      m.state(INTERVALS.of(lo, hi), ROUNDS.of(round / 2 + 1));
      for (int i = lo; i <= hi; i++) {
        m.fetch(S.at(i));
      }
      Val find = m.fetch(FIND);
      int mid = m.div(m.add(Machine.lit(lo), Machine.lit(hi)), Machine.lit(2)).asInt();
      if (mid < lo || mid > hi) {
        throw new TraceMismatch(ErrorType.COMPUTE, "mid " + mid + " outside the interval");
      }
      int c = m.compare(m.fetch(S.at(mid)), find);
      if (c == 0) {
        m.write("ans", mid);
        m.halt();
        return Answers.integer(mid);
      }
      if (c > 0) {
        hi = m.sub(Machine.lit(mid), Machine.lit(1)).asInt();
        m.write("hi", hi);
      } else {
        lo = m.add(Machine.lit(mid), Machine.lit(1)).asInt();
        m.write("lo", lo);
      }
      if (lo > hi) {
        throw new TraceMismatch(ErrorType.TRANSITION, "empty interval: target not found");
      }
    }
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Values are distinct integers drawn uniformly from [-9999, 9999] and sorted; the target"
            + " is a uniformly chosen element, so it is always present. The middle index is"
            + " (lo+hi)//2, as in the paper's example. Every state restates the whole current"
            + " interval, as the paper's trace does, so the comparison never needs a distant"
            + " operand. The final state writes ans so that the no-linear ablation keeps it.",
        Ordered.map(
            "list", "n strictly increasing integers in [-9999, 9999]",
            "target", "an element of list"),
        "the 0-based index of target, boxed as an integer",
        "One state per interval {lo,hi}: fetch s_lo..s_hi and Find, compute lo+hi and its half"
            + " (two operations), fetch s_mid again and compare it with Find; then write hi"
            + " (mid-1) or lo (mid+1), or ans=mid and halt. Groups for no-atomic: two rounds per"
            + " step.",
        List.of(
            "Reproduces the paper's example: target -5259 in [-5957, -5259, -4195, -2263, 1289,"
                + " 3514, 3632, 4284, 5991, 6578, 7333] visits {0,10}, {0,4}, {0,1}, {1,1} and"
                + " answers 1."));
  }
}
