package dev.tmi.tasks.recursion;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
import dev.tmi.engine.machine.CellGrid;
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
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.tasks.common.Draw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * All distinct non-empty substrings of a string, by the recursion substrings(i): extend the
 * substring that starts at i by one character at a time, recording each one (or recognising it as
 * seen before), then recurse on i+1; the recursion ends at i = length.
 */
public final class AnySubstring extends BaseTask<AnySubstring.Instance> {

  /**
   * An any-substring instance.
   *
   * @param text a string of lowercase letters
   */
  public record Instance(String text) {}

  /** The letters a string is drawn from; a few letters make repeated substrings common. */
  static final String ALPHABET = "abcde";

  static final int MAX_LENGTH = 20;

  private static final Names.Indexed RETURNS = Names.indexed(i -> "ret(" + i + ")");
  private static final Names.Family EXTENSIONS = Names.family((i, j) -> "x(" + i + "," + j + ")");
  private static final Names.Indexed CALLS = Names.indexed(i -> "call(" + i + ")");
  private static final Names.Indexed STARTS = Names.indexed("start");

  private static final Cells T = Cells.indexed("t");
  private static final CellGrid S = CellGrid.of("s");
  private static final Cell LEN = Cell.named("len");

  public AnySubstring() {
    super(
        TaskInfo.of(
            "any-substring",
            "Any Substring",
            AlgorithmClass.RECURSION,
            "all distinct non-empty substrings of a string",
            "n, the length of the string",
            new LengthRange(3, 5),
            new LengthRange(6, 9),
            new LengthRange(10, 14)),
        Instance.class,
        AnswerKind.TEXT_SET,
        QueryTemplates.of(
            "List all distinct non-empty substrings of \"{text}\".",
            "Find every substring of the string \"{text}\" (contiguous, non-empty), each listed"
                + " once.",
            "What are the distinct substrings of \"{text}\"?",
            "Give the set of all non-empty contiguous substrings of {text}.",
            "Enumerate all different substrings of the word \"{text}\", without repetitions.",
            "String: \"{text}\"\nTask: list each distinct non-empty substring once.",
            "Write down every distinct piece of consecutive letters that occurs in \"{text}\".",
            "{name} has the code word \"{text}\". Which distinct non-empty substrings does it"
                + " contain?",
            "A DNA-like tag \"{text}\" was found at the {place} in {city}. List all of its"
                + " distinct substrings.",
            "{name} cuts the ribbon \"{text}\" into one contiguous piece in every possible way."
                + " Which different letter sequences can the piece show?",
            "Using recursion over the start position, generate all distinct substrings of"
                + " \"{text}\".",
            "Return all unique substrings (length at least 1) of \"{text}\".",
            "What is the set of substrings of \"{text}\", excluding the empty string?",
            "A password \"{text}\" is checked against a blacklist of fragments. List every"
                + " distinct fragment (contiguous substring) it contains.",
            "{name} writes \"{text}\" with letter {thing} on a shelf at the {place}. Which"
                + " different runs of consecutive letters can be read off the shelf?",
            "Collect the distinct contiguous substrings of \"{text}\" into a list.",
            "Substring enumeration: input \"{text}\". Output each distinct non-empty substring"
                + " exactly once.",
            "For the string s = \"{text}\", list all distinct s[i..j] with i <= j.",
            "{name} and {name2} play a game: name every distinct consecutive letter sequence in"
                + " \"{text}\". What is the full list?",
            "A telegraph operator in {city} receives \"{text}\". List all distinct non-empty"
                + " substrings of the message.",
            "Which distinct strings occur as a contiguous part of \"{text}\"? Include \"{text}\""
                + " itself and every single letter."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    int k = rng.nextInt(2, ALPHABET.length() + 1);
    List<Integer> letters = Draw.distinct(rng, k, 0, ALPHABET.length() - 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(letters.get(rng.nextInt(k))));
    }
    return new Instance(sb.toString());
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.text().length());
  }

  @Override
  public void validate(Instance in) {
    check(in.text() != null && !in.text().isEmpty(), "text", "must be a non-empty string");
    check(in.text().length() <= MAX_LENGTH, "text", "at most " + MAX_LENGTH + " characters");
    check(in.text().matches("[a-z]+"), "text", "must consist of lowercase letters a-z");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("text", in.text())::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.text().length();
    for (int i = 0; i < n; i++) {
      m.init(T.at(i), in.text().charAt(i));
    }
    m.init(LEN, n);
    Recursion r = new Recursion(m, n);
    r.substrings(0);
    m.state("ans");
    List<String> distinct = new ArrayList<>(r.firstCells.size());
    for (Cell cell : r.firstCells) {
      distinct.add(m.fetch(cell).asText());
    }
    m.write("count", distinct.size());
    m.halt();
    return Answers.textSet(distinct);
  }

  /** The recursion; {@code first} maps each substring seen so far to the cell of its first copy. */
  private static final class Recursion {
    private final Machine m;
    private final int n;
    private final Map<String, Cell> first = new HashMap<>();
    final List<Cell> firstCells = new ArrayList<>();

    Recursion(Machine m, int n) {
      this.m = m;
      this.n = n;
    }

    void substrings(int i) {
      String group = STARTS.of(i);
      m.state(CALLS.of(i), group);
      if (m.compare(Machine.lit(i), m.fetch(LEN)) >= 0) {
        return;
      }
      if (i >= n) {
        throw new TraceMismatch(ErrorType.TRANSITION, "no character at " + i + " to start from");
      }
      for (int j = i; j < n; j++) {
        m.state(EXTENSIONS.of(i, j), group);
        Val prefix = j == i ? Machine.lit(Literals.ofString("")) : m.fetch(cell(i, j - 1));
        Val s = m.add(prefix, m.fetch(T.at(j)));
        Cell earlier = first.get(s.text());
        // A repeat is confirmed against the first copy, restated from memory.
        if (earlier == null || !m.equal(s, m.fetch(earlier))) {
          first.put(s.text(), cell(i, j));
          firstCells.add(cell(i, j));
        }
        m.write(cell(i, j), s);
      }
      substrings(i + 1);
      m.state(RETURNS.of(i), "returns");
    }

    private static Cell cell(int i, int j) {
      return S.at(i, j);
    }
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Strings are drawn over a small alphabet so that repeated substrings are common: k"
            + " distinct letters are chosen from a-e (k uniform in [2, 5]) and each character is"
            + " uniform among them. Substrings are contiguous and non-empty; the answer lists"
            + " each distinct one once. The recursion is substrings(i): if i == len it returns;"
            + " otherwise it extends the substring starting at i one character at a time (s[i][j]"
            + " = s[i][j-1] + t_j) and records each, then calls substrings(i+1). A substring that"
            + " was seen before is recognised by restating the cell of its first occurrence and"
            + " testing equality; one seen for the first time is new. Indices are 0-based.",
        Ordered.map("text", "n characters over k letters of a-e, k uniform in [2, 5]"),
        "the distinct non-empty substrings, in order of first occurrence (compared as a set),"
            + " boxed as a list such as [a, ab, b]",
        "A call state call(i) restates len and compares i with it: i == len is the base case"
            + " and returns; otherwise one state x(i,j) per end j = i..len-1 restates s[i][j-1]"
            + " (nothing for j = i, which starts from the empty string \"\") and t_j, concatenates"
            + " them, and, if the same string occurred before, restates the cell of its first"
            + " occurrence and checks equality; it writes s[i][j]. After the ends comes the"
            + " recursive call call(i+1). When the base case returns, the return states ret(n-1),"
            + " ..., ret(0) unwind the recursion. A final state ans restates the first"
            + " occurrence of every distinct substring and writes their count. Groups for"
            + " no-atomic: one call with all its extensions per step; the returns together.",
        List.of(
            "Repeats are found by content: the trace names the earlier cell holding the same"
                + " string, so the model must look the string up in its own context, which is a"
                + " retrieval the Memory Fetcher makes explicit.",
            "The return states carry no work; they make the recursion's unwinding explicit."));
  }
}
