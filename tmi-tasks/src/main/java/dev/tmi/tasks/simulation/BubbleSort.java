package dev.tmi.tasks.simulation;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
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
import dev.tmi.tasks.common.Draw;
import dev.tmi.tasks.common.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Bubble sort of distinct integers, pass by pass, one state per comparison of two adjacent cells; a
 * pass without a swap ends the sort.
 */
public final class BubbleSort extends BaseTask<BubbleSort.Instance> {

  /**
   * A bubble-sort instance.
   *
   * @param list distinct integers in the order given
   */
  public record Instance(List<Integer> list) {}

  private static final Names.Indexed PASSES = Names.indexed("pass");

  static final int VALUE_BOUND = 999;

  static final int MAX_LENGTH = 100;

  /** State labels of the comparisons, such as {@code pass2[0,1]}. */
  private static final Names.Family COMPARISONS =
      Names.family((pass, j) -> "pass" + pass + "[" + j + "," + (j + 1) + "]");

  private static final Cells X = Cells.array("x");
  private static final Cells ANS = Cells.array("ans");

  public BubbleSort() {
    super(
        TaskInfo.of(
            "bubble-sort",
            "Bubble Sort",
            AlgorithmClass.SIMULATION,
            "n distinct integers sorted ascending by bubble sort",
            "n, the number of elements",
            new LengthRange(2, 4),
            new LengthRange(5, 6),
            new LengthRange(7, 8)),
        Instance.class,
        AnswerKind.INT_LIST,
        QueryTemplates.of(
            "Sort the list [{list}] in ascending order using bubble sort.",
            "Use bubble sort to arrange these numbers from smallest to largest: {list}.",
            "Sort in increasing order: [{list}].",
            "Apply bubble sort to [{list}] and give the sorted list.",
            "Arrange the numbers {list} in ascending order.",
            "Put the following numbers in order from least to greatest: {list}.",
            "Given the array [{list}], return it sorted ascending.",
            "Bubble sort: input = [{list}]. What is the output (ascending)?",
            "Repeatedly swap adjacent elements that are out of order until the list [{list}] is"
                + " sorted ascending. What is the final list?",
            "What does the list [{list}] look like after sorting it from smallest to largest?",
            "{name} wrote down the scores {list}. List them from lowest to highest.",
            "The temperatures recorded at a weather station in {city} were {list} (tenths of a"
                + " degree). Sort them in ascending order.",
            "A {place} tracks the daily balance changes {list}. Order them from smallest to"
                + " largest.",
            "{name} has cards numbered {list} lying in a row and sorts them by swapping"
                + " neighbours. In what order do the cards end up, smallest first?",
            "The heights above sea level of some villages near {city} are {list} metres. Rank"
                + " them from lowest to highest.",
            "Sort ascending with bubble sort, comparing neighbours pass by pass: {list}.",
            "Input list: [{list}]\nTask: sort it in non-decreasing order.",
            "{name} and {name2} line up {thing} labelled {list}. Sort the labels in increasing"
                + " order.",
            "Order these integers ascending: {list}.",
            "Here are some numbers: {list}. Sort them from the smallest to the largest with"
                + " bubble sort.",
            "A {place} received parcels with tracking offsets {list}. Sort the offsets in"
                + " ascending order."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    return new Instance(Draw.distinct(rng, n, -VALUE_BOUND, VALUE_BOUND));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.list().size());
  }

  @Override
  public void validate(Instance in) {
    check(in.list() != null && !in.list().isEmpty(), "list", "must be a non-empty list");
    check(in.list().size() <= MAX_LENGTH, "list", "at most 100 elements");
    check(in.list().stream().allMatch(Objects::nonNull), "list", "must not contain null");
    check(new HashSet<>(in.list()).size() == in.list().size(), "list", "must be distinct");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("list", Text.join(in.list()))::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.list().size();
    for (int i = 0; i < n; i++) {
      m.init(X.at(i), in.list().get(i));
    }
    // After pass p the p largest values sit at the end, so pass p compares positions 0..n-1-p.
    for (int pass = 1; pass < n; pass++) {
      boolean swapped = false;
      for (int j = 0; j + pass < n; j++) {
        m.state(COMPARISONS.of(pass, j), PASSES.of(pass));
        Val left = m.fetch(X.at(j));
        Val right = m.fetch(X.at(j + 1));
        if (m.compare(left, right) > 0) {
          m.write(X.at(j), right);
          m.write(X.at(j + 1), left);
          swapped = true;
        }
      }
      if (!swapped) {
        break;
      }
    }
    m.state("done");
    List<Val> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cells.add(m.fetch(X.at(i)));
    }
    // The answer is written out so that the no-linear ablation, which drops states that write
    // nothing, still ends with the sorted list (an already sorted input has no swap at all).
    List<Long> sorted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      m.write(ANS.at(i), cells.get(i));
      sorted.add(cells.get(i).asLong());
    }
    m.halt();
    return Answers.intList(sorted);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Values are n distinct integers drawn uniformly from [-999, 999], in random order. The"
            + " sort is the classic bubble sort with both usual refinements: pass p compares the"
            + " pairs (0,1) .. (n-1-p, n-p) only, since the p largest values are already in place,"
            + " and a pass that makes no swap ends the sort (the list is sorted). With distinct"
            + " values a comparison is never a tie.",
        Ordered.map("list", "n distinct integers, each uniform in [-999, 999]"),
        "the list sorted ascending, boxed as [v1, v2, ...]",
        "Cells x[0] .. x[n-1] hold the list. One state pass<p>[j,j+1] per comparison, in"
            + " execution order: it restates x[j] and x[j+1] and compares them; if x[j] > x[j+1]"
            + " it writes the swap (x[j] := the right value, x[j+1] := the left value), otherwise"
            + " it writes nothing. After a pass without a swap, or after pass n-1, a final state"
            + " done restates x[0] .. x[n-1] and writes them out as ans[0] .. ans[n-1], the"
            + " sorted list. Group for no-atomic: one pass"
            + " (the merged step restates the cells the pass reads and writes their final"
            + " values).",
        List.of(
            "The no-linear ablation drops the comparisons that swap nothing, leaving the swaps and"
                + " the final done state; the done state writes the answer for that reason (an"
                + " already sorted input would otherwise leave no step at all).",
            "Sorting n = 8 values takes at most 28 comparisons, so even L traces stay short."));
  }
}
