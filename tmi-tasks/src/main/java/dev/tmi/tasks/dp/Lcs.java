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
import dev.tmi.tasks.common.Draw;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Length of a longest common subsequence, by filling the table {@code dp[i][j]} (the LCS length of
 * the first i characters of x and the first j of y) bottom-up, row by row, cell by cell.
 */
public final class Lcs extends BaseTask<Lcs.Instance> {

  /**
   * Two strings.
   *
   * @param x the first string, of length n
   * @param y the second string, of length m
   */
  public record Instance(String x, String y) {}

  private static final Names.Indexed ROWS = Names.indexed("row");

  /** The letters strings are drawn from: the four DNA bases, so that matches are frequent. */
  static final String ALPHABET = "ACGT";

  static final int MAX_LENGTH = 40;

  /** The table, {@code dp[i][j]}; Levenshtein's has the same names. */
  static final CellGrid DP = CellGrid.of("dp");

  /** The letters of the first string, {@code x1, x2, ...}. */
  static final Cells X = Cells.indexed("x");

  /** The letters of the second string. */
  static final Cells Y = Cells.indexed("y");

  public Lcs() {
    super(
        TaskInfo.of(
            "lcs",
            "LCS",
            AlgorithmClass.DYNAMIC_PROGRAMMING,
            "the length of a longest common subsequence of two strings",
            "n and m, the lengths of the two strings",
            new LengthRange(2, 6),
            new LengthRange(7, 9),
            new LengthRange(10, 12)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "What is the length of the longest common subsequence of \"{x}\" and \"{y}\"?",
            "Find the length of the LCS of the strings {x} and {y}.",
            "Compute the longest common subsequence length of X1 = {x} and X2 = {y}.",
            "Two DNA strands read {x} and {y}. How long is their longest common subsequence"
                + " (bases in the same order, not necessarily adjacent)?",
            "Given x = \"{x}\" and y = \"{y}\", return the length of their longest common"
                + " subsequence.",
            "A subsequence keeps characters in order but may skip some. What is the longest"
                + " length of a string that is a subsequence of both {x} and {y}?",
            "{name} compares two gene fragments from a laboratory in {city}: {x} and {y}. How"
                + " many bases long is the longest common subsequence?",
            "LCS problem: X = {x}, Y = {y}. Output the LCS length.",
            "How many characters does the longest common subsequence of {x} and {y} have?",
            "Using dynamic programming, compute LCS({x}, {y}) and report its length.",
            "String 1: {x}\nString 2: {y}\nWhat is the length of their longest common"
                + " subsequence?",
            "{name} and {name2} each wrote a sequence of letters: {name} wrote {x} and {name2}"
                + " wrote {y}. What is the longest sequence of letters appearing in both, in the"
                + " same order? Give its length.",
            "Determine the length of the longest sequence of characters that appears, in order,"
                + " in both \"{x}\" and \"{y}\".",
            "Two versions of a code word, {x} and {y}, are compared by a {place}. What is the"
                + " length of their longest common subsequence?",
            "Find |LCS(X1, X2)| for X1 = {x} and X2 = {y}.",
            "Delete as few letters as needed from {x} and from {y} so that the two results are"
                + " equal. How long is the longest string you can end up with?",
            "Sequence alignment: the reads {x} and {y} come from one sample. What is the"
                + " length of their longest common subsequence?",
            "What is the largest k such that some string of length k is a subsequence of both"
                + " {x} and {y}?",
            "Please compute the longest common subsequence length for the pair ({x}, {y}).",
            "In a {place}, two labels of {thing} read {x} and {y}. How many letters long is"
                + " their longest common subsequence?",
            "Longest common subsequence of \"{x}\" and \"{y}\": how long is it?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    return new Instance(
        Draw.letters(rng, r.draw(rng), ALPHABET), Draw.letters(rng, r.draw(rng), ALPHABET));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.x().length(), "m", in.y().length());
  }

  @Override
  public void validate(Instance in) {
    checkString(in.x(), "x");
    checkString(in.y(), "y");
  }

  static void checkString(String s, String field) {
    check(s != null && !s.isEmpty(), field, "must be a non-empty string");
    check(s.length() <= MAX_LENGTH, field, "at most " + MAX_LENGTH + " characters");
    check(s.chars().allMatch(Character::isLetterOrDigit), field, "letters and digits only");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("x", in.x(), "y", in.y())::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.x().length();
    int k = in.y().length();
    for (int i = 1; i <= n; i++) {
      m.init(X.at(i), in.x().charAt(i - 1));
    }
    for (int j = 1; j <= k; j++) {
      m.init(Y.at(j), in.y().charAt(j - 1));
    }
    m.state("base");
    for (int j = 0; j <= k; j++) {
      m.write(DP.at(0, j), 0);
    }
    for (int i = 1; i <= n; i++) {
      m.write(DP.at(i, 0), 0);
    }
    Val last = Machine.lit(0);
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= k; j++) {
        Cell cell = DP.at(i, j);
        m.state(cell.name(), ROWS.of(i));
        if (m.equal(m.fetch(X.at(i)), m.fetch(Y.at(j)))) {
          last = m.add(m.fetch(DP.at(i - 1, j - 1)), Machine.lit(1));
        } else {
          last = m.max(m.fetch(DP.at(i - 1, j)), m.fetch(DP.at(i, j - 1)));
        }
        m.write(cell, last);
      }
    }
    m.halt();
    return Answers.integer(last.asLong());
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Strings are drawn over the four DNA letters A, C, G, T, each character uniform, so"
            + " that about one comparison in four is a match and answers spread over 0..min(n,"
            + " m). n and m are drawn independently from the split's range. The table is filled"
            + " bottom-up in row-major order (the paper does not fix top-down or bottom-up for"
            + " LCS; bottom-up visits every cell once). The base row and column are not inputs"
            + " the query shows, so a first state base writes them (all zero) instead of placing"
            + " them in the initial memory.",
        Ordered.map(
            "x", "n characters, each uniform over A, C, G, T",
            "y", "m characters, each uniform over A, C, G, T"),
        "the length of a longest common subsequence, dp[n][m], boxed as an integer",
        "A state base writes dp[0][0..m] and dp[1..n][0] as 0. Then one state dp[i][j] per cell,"
            + " row by row: it restates x_i and y_j and tests them for equality; on a match it"
            + " restates dp[i-1][j-1] and adds 1, otherwise it restates dp[i-1][j] and"
            + " dp[i][j-1] and takes their maximum; it writes dp[i][j]. The last cell dp[n][m]"
            + " is the answer. Group for no-atomic: one row of the table per step.",
        List.of(
            "Characters are 1-based cells x1..xn and y1..ym, matching the table's indices.",
            "Size in the tail variant: about 1,600 characters on average in S, 6,400 in M and"
                + " 12,100 in L; the largest L instance (12 x 12) stays under 15,000."));
  }
}
