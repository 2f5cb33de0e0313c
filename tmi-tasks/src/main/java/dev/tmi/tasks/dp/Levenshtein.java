package dev.tmi.tasks.dp;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
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
 * Levenshtein distance (insert, delete, substitute, each cost 1) by the Wagner-Fischer table {@code
 * dp[i][j]}, the distance from the first i characters of x to the first j of y, filled row by row,
 * cell by cell.
 */
public final class Levenshtein extends BaseTask<Levenshtein.Instance> {

  /**
   * Two strings.
   *
   * @param x the source string, of length n
   * @param y the target string, of length m
   */
  public record Instance(String x, String y) {}

  private static final Names.Indexed ROWS = Names.indexed("row");

  /** The letters strings are drawn from: few, so that matches and substitutions both occur. */
  static final String ALPHABET = "abcd";

  public Levenshtein() {
    super(
        TaskInfo.of(
            "levenshtein",
            "Levenshtein Distance",
            AlgorithmClass.DYNAMIC_PROGRAMMING,
            "the edit distance from one string to another (insert, delete, substitute: cost 1)",
            "n and m, the lengths of the two strings",
            new LengthRange(2, 4),
            new LengthRange(5, 7),
            new LengthRange(8, 9)),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "What is the Levenshtein distance from \"{x}\" to \"{y}\"?",
            "Compute the edit distance between {x} and {y}, where inserting, deleting or"
                + " substituting one character costs 1.",
            "How many single-character insertions, deletions or substitutions are needed at"
                + " least to turn {x} into {y}?",
            "Find the minimum number of edits that transform \"{x}\" into \"{y}\" (insert,"
                + " delete or replace one character per edit).",
            "Levenshtein distance: X1 = {x}, X2 = {y}. Output the distance.",
            "{name} typed {x} but meant {y}. How many keystroke edits (insert, delete, replace"
                + " a letter) does it take at least to fix the word?",
            "A spell checker in a {place} compares the typed word {x} with the dictionary word"
                + " {y}. What edit distance does it compute?",
            "Using dynamic programming, compute the edit distance d({x}, {y}) with unit costs.",
            "Source: {x}\nTarget: {y}\nOperations: insert, delete, substitute (each costs 1)\n"
                + "What is the minimum total cost?",
            "Transform {x} into {y} with as few single-letter insertions, deletions and"
                + " substitutions as possible. How many operations are needed?",
            "Give the Levenshtein distance of the strings {x} and {y}.",
            "{name} sends the code word {x} from {city}; {name2} receives {y}. At least how many"
                + " characters were inserted, deleted or changed on the way?",
            "What is the minimum edit distance from {x} to {y}, counting insertions, deletions"
                + " and substitutions as 1 each?",
            "Two labels on boxes of {thing} read {x} and {y}. What is the smallest number of"
                + " one-letter edits (insert, delete, substitute) that makes the first equal to"
                + " the second?",
            "Compute lev({x}, {y}).",
            "Edit distance exercise: turn \"{x}\" into \"{y}\". Each insertion, deletion or"
                + " substitution costs one. What is the cheapest total?",
            "A DNA-like sequence {x} mutates into {y} by single-letter insertions, deletions and"
                + " substitutions. What is the fewest number of mutations that explains it?",
            "How far apart are the words {x} and {y} in Levenshtein distance?",
            "Find the minimum number of character edits needed to change {x} into {y}.",
            "Determine the Levenshtein edit distance between \"{x}\" and \"{y}\".",
            "In a {place}, the catalogue says {y} but the label says {x}. How many single"
                + " character edits separate the label from the catalogue entry?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    String x = Draw.letters(rng, r.draw(rng), ALPHABET);
    return new Instance(x, Draw.letters(rng, r.draw(rng), ALPHABET));
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.x().length(), "m", in.y().length());
  }

  @Override
  public void validate(Instance in) {
    Lcs.checkString(in.x(), "x");
    Lcs.checkString(in.y(), "y");
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
      m.init(Lcs.X.at(i), in.x().charAt(i - 1));
    }
    for (int j = 1; j <= k; j++) {
      m.init(Lcs.Y.at(j), in.y().charAt(j - 1));
    }
    m.state("base");
    for (int j = 0; j <= k; j++) {
      m.write(Lcs.DP.at(0, j), j);
    }
    for (int i = 1; i <= n; i++) {
      m.write(Lcs.DP.at(i, 0), i);
    }
    Val last = Machine.lit(0);
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= k; j++) {
        Cell cell = Lcs.DP.at(i, j);
        m.state(cell.name(), ROWS.of(i));
        int cost = m.equal(m.fetch(Lcs.X.at(i)), m.fetch(Lcs.Y.at(j))) ? 0 : 1;
        Val delete = m.add(m.fetch(Lcs.DP.at(i - 1, j)), Machine.lit(1));
        Val insert = m.add(m.fetch(Lcs.DP.at(i, j - 1)), Machine.lit(1));
        Val substitute = m.add(m.fetch(Lcs.DP.at(i - 1, j - 1)), Machine.lit(cost));
        last = m.min(delete, insert, substitute);
        m.write(cell, last);
      }
    }
    m.halt();
    return Answers.integer(last.asLong());
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Strings are drawn over the four letters a, b, c, d, each character uniform, so that"
            + " about one comparison in four is a match and both substitutions and free"
            + " diagonal moves occur. n and m are drawn independently from the split's range."
            + " The table is the classic Wagner-Fischer recurrence dp[i][j] = min(dp[i-1][j]+1,"
            + " dp[i][j-1]+1, dp[i-1][j-1]+cost), cost 0 when x_i = y_j and 1 otherwise, filled"
            + " bottom-up in row-major order. The base row and column (dp[0][j] = j, dp[i][0] ="
            + " i) are not shown by the query, so a first state base writes them instead of"
            + " placing them in the initial memory.",
        Ordered.map(
            "x", "the source string, n characters each uniform over a, b, c, d",
            "y", "the target string, m characters each uniform over a, b, c, d"),
        "the edit distance dp[n][m], boxed as an integer",
        "A state base writes dp[0][j] = j and dp[i][0] = i. Then one state dp[i][j] per cell,"
            + " row by row: it restates x_i and y_j and tests them for equality (which fixes"
            + " the substitution cost, 0 or 1); it restates dp[i-1][j] and adds 1 (delete),"
            + " restates dp[i][j-1] and adds 1 (insert), restates dp[i-1][j-1] and adds the cost"
            + " (substitute or keep), takes the minimum of the three and writes dp[i][j]. The"
            + " last cell dp[n][m] is the answer. Group for no-atomic: one row of the table per"
            + " step.",
        List.of(
            "Characters are 1-based cells x1..xn and y1..ym, matching the table's indices.",
            "The cost 0 or 1 is a literal that follows from the equality test just above it.",
            "Size in the tail variant: about 1,300 characters on average in S, 4,900 in M and"
                + " 9,600 in L; the largest L instance (9 x 9) stays under 11,000."));
  }
}
