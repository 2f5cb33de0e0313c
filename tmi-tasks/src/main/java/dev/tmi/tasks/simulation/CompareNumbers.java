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
import dev.tmi.engine.trace.Literals;
import dev.tmi.tasks.common.Decimals;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Compares two signed decimals the way a person does: signs first, then the lengths of the integer
 * parts, then digit by digit from the most significant, stopping at the first difference; for two
 * negative numbers the magnitude comparison is reversed at the end.
 */
public final class CompareNumbers extends BaseTask<CompareNumbers.Instance> {

  /**
   * A comparison instance.
   *
   * @param a the first number, a canonical decimal string
   * @param b the second number, a canonical decimal string
   */
  public record Instance(String a, String b) {}

  private static final Names.Indexed DIGIT_STATES = Names.indexed("d");

  /** Probability that a drawn operand carries a decimal point. */
  static final double POINT_CHANCE = 0.5;

  /** Digit positions merged into one step by the no-atomic ablation. */
  static final int CHUNK = 4;

  static final int MAX_DIGITS = 1000;

  /** Group labels of the digit states, such as {@code d1to4}. */
  private static final Names.Family DIGITS =
      Names.family((first, last) -> "d" + first + "to" + last);

  private static final Cells A = Cells.array("a");
  private static final Cells B = Cells.array("b");

  public CompareNumbers() {
    super(
        TaskInfo.of(
            "compare-numbers",
            "Compare Numbers",
            AlgorithmClass.SIMULATION,
            "whether one long signed decimal is greater than, less than or equal to another",
            "n and m, the digit counts of the two numbers (sign and point not counted)",
            new LengthRange(5, 10),
            new LengthRange(11, 20),
            new LengthRange(21, 50)),
        Instance.class,
        AnswerKind.RELATION,
        QueryTemplates.of(
            "Compare {a} and {b}. Answer with >, < or = (the relation of the first to the"
                + " second).",
            "Is {a} greater than, less than, or equal to {b}? Answer with >, < or =.",
            "Which relation holds: {a} ? {b}. Replace ? by >, < or =.",
            "Fill in the blank with >, < or =: {a} __ {b}.",
            "Determine the relation between a = {a} and b = {b}: is a > b, a < b or a = b?",
            "Compare the two numbers {a} and {b}; write > if the first is larger, < if it is"
                + " smaller, = if they are equal.",
            "Decide whether {a} is bigger than {b}, smaller than it, or equal to it (answer >, <"
                + " or =).",
            "x = {a}, y = {b}. Which is true: x > y, x < y or x = y? Give the symbol.",
            "Put the correct sign (>, < or =) between {a} and {b}.",
            "How does {a} compare with {b}? Reply with one of >, <, =.",
            "{name} measured {a} units and {name2} measured {b} units. Compare {name}'s"
                + " measurement to {name2}'s with >, < or =.",
            "The account balance of a {place} in {city} is {a}, and last year it was {b}."
                + " Compare this year's balance to last year's: >, < or =?",
            "Two thermometers in {city} read {a} and {b} degrees. Is the first reading greater"
                + " than, less than or equal to the second? Use >, < or =.",
            "{name} claims that {a} is larger than {b}. Compare the two numbers and answer with"
                + " >, < or = (first versus second).",
            "A {place} logged two values: {a} and {b}. Relate the first to the second with >, <"
                + " or =.",
            "Without a calculator, compare {a} with {b}. Answer >, < or =.",
            "Number A: {a}\nNumber B: {b}\nIs A > B, A < B or A = B? Answer with the symbol.",
            "Order check: what symbol goes between {a} and {b}? Choose from >, <, =.",
            "Compare digit by digit: {a} versus {b}. Give >, < or =.",
            "In a contest, {name} scored {a} points and {name2} scored {b} points. Compare"
                + " {name}'s score to {name2}'s using >, < or =.",
            "Which is the larger number, {a} or {b}? Answer > if the first one is larger, < if"
                + " the second one is, and = if they are the same."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    int n = r.draw(rng);
    int m = r.draw(rng);
    int kind = rng.nextInt(20);
    String a;
    String b;
    boolean negA;
    boolean negB;
    if (kind < 3) {
      // Equal numbers: same digits, same sign.
      a = Decimals.random(rng, n, POINT_CHANCE);
      b = a;
      negA = rng.nextInt(4) == 0;
      negB = negA;
    } else {
      if (kind < 14) {
        String[] pair = closePair(rng, n, m);
        a = pair[0];
        b = pair[1];
      } else {
        a = Decimals.random(rng, n, POINT_CHANCE);
        b = Decimals.random(rng, m, POINT_CHANCE);
      }
      int s = rng.nextInt(20);
      if (s < 14) {
        negA = false;
        negB = false;
      } else if (s < 17) {
        negA = true;
        negB = true;
      } else {
        negA = rng.nextBoolean();
        negB = !negA;
      }
    }
    return new Instance(negA ? "-" + a : a, negB ? "-" + b : b);
  }

  /**
   * Two non-negative decimals of n and m digits with integer parts of the same length and a common
   * leading run of digits (often long, sometimes the whole shorter number), so that neither the
   * lengths nor the first digits decide the comparison.
   */
  static String[] closePair(SplittableRandom rng, int n, int m) {
    int lim = Math.min(n, m);
    int intLen = rng.nextInt(1, lim + 1);
    char[] x = randomDigits(rng, n);
    if (intLen > 1 && x[0] == '0') {
      x[0] = digitExcept(rng, 1, -1);
    }
    if (n > intLen && x[n - 1] == '0') {
      x[n - 1] = digitExcept(rng, 1, -1);
    }
    int common = rng.nextBoolean() ? rng.nextInt(0, lim + 1) : Math.max(0, lim - rng.nextInt(3));
    char[] y = randomDigits(rng, m);
    System.arraycopy(x, 0, y, 0, common);
    // Where the common run ends, the digits must differ (unless the run is the whole shorter one).
    int differ = common < lim ? x[common] : -1;
    if (differ >= 0 && y[common] == differ) {
      y[common] = digitExcept(rng, 0, differ);
    }
    if (intLen > 1 && y[0] == '0') {
      y[0] = digitExcept(rng, 1, common == 0 ? differ : -1);
    }
    if (m > intLen && y[m - 1] == '0') {
      y[m - 1] = digitExcept(rng, 1, m - 1 == common ? differ : -1);
    }
    return new String[] {
      Decimals.withPoint(new String(x), intLen), Decimals.withPoint(new String(y), intLen)
    };
  }

  private static char[] randomDigits(SplittableRandom rng, int n) {
    char[] d = new char[n];
    for (int i = 0; i < n; i++) {
      d[i] = (char) ('0' + rng.nextInt(10));
    }
    return d;
  }

  /** A random digit character in [lo, 9] other than {@code exclude} (a character or -1). */
  private static char digitExcept(SplittableRandom rng, int lo, int exclude) {
    char c;
    do {
      c = (char) ('0' + rng.nextInt(lo, 10));
    } while (c == exclude);
    return c;
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", Decimals.digitCount(in.a()), "m", Decimals.digitCount(in.b()));
  }

  @Override
  public void validate(Instance in) {
    check(in.a() != null && Decimals.isCanonical(in.a()), "a", "must be a canonical decimal");
    check(in.b() != null && Decimals.isCanonical(in.b()), "b", "must be a canonical decimal");
    check(Decimals.digitCount(in.a()) <= MAX_DIGITS, "a", "at most 1000 digits");
    check(Decimals.digitCount(in.b()) <= MAX_DIGITS, "b", "at most 1000 digits");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("a", in.a(), "b", in.b())::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    String intA = Decimals.intPart(in.a());
    String intB = Decimals.intPart(in.b());
    String digitsA = intA.concat(Decimals.fracPart(in.a()));
    String digitsB = intB.concat(Decimals.fracPart(in.b()));
    m.init("a", in.a());
    m.init("b", in.b());
    m.init("la", intA.length());
    m.init("lb", intB.length());
    for (int i = 1; i <= digitsA.length(); i++) {
      m.init(A.at(i), digitsA.charAt(i - 1) - '0');
    }
    for (int i = 1; i <= digitsB.length(); i++) {
      m.init(B.at(i), digitsB.charAt(i - 1) - '0');
    }

    m.state("sign");
    int signA = m.compare(m.fetch("a"), Machine.lit(0));
    int signB = m.compare(m.fetch("b"), Machine.lit(0));
    m.write("sa", signA);
    m.write("sb", signB);

    m.state("signs");
    Val sa = m.fetch("sa");
    int bySign = m.compare(sa, m.fetch("sb"));
    if (bySign != 0 || sa.asInt() == 0) {
      // Different signs decide at once; two zeros are equal.
      return finish(m, bySign);
    }

    m.state("intlen");
    int byLength = m.compare(m.fetch("la"), m.fetch("lb"));
    if (byLength != 0) {
      m.write("c", byLength);
    } else {
      // Equal integer lengths align the digits; the shorter fraction is padded with zeros.
      int positions = Math.max(digitsA.length(), digitsB.length());
      for (int i = 1; i <= positions; i++) {
        int first = (i - 1) / CHUNK * CHUNK + 1;
        m.state(DIGIT_STATES.of(i), DIGITS.of(first, Math.min(first + CHUNK - 1, positions)));
        Val x = i <= digitsA.length() ? m.fetch(A.at(i)) : Machine.lit(0);
        Val y = i <= digitsB.length() ? m.fetch(B.at(i)) : Machine.lit(0);
        int byDigit = m.compare(x, y);
        if (byDigit != 0 || i == positions) {
          m.write("c", byDigit);
          break;
        }
      }
    }

    m.state("result");
    Val relation = m.mul(m.fetch("sa"), m.fetch("c"));
    return finish(m, relation.asInt());
  }

  private static Answer finish(Machine m, int relation) {
    String symbol = relation < 0 ? "<" : relation > 0 ? ">" : "=";
    m.write("ans", Literals.ofString(symbol));
    m.halt();
    return Answers.relation(symbol);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Both numbers may be negative. Each has n (or m) digits (sign and point not counted)."
            + " Draws, chosen so that length alone rarely decides: 15% equal numbers (same"
            + " digits, same sign; m is then n); 55% close pairs: both integer parts get the same"
            + " length k, uniform in [1, min(n, m)], and b copies a leading run of a's digits"
            + " (uniform in [0, min(n, m)] half of the time, otherwise min(n, m) minus 0 to 2)"
            + " and differs right after it; 30% two independent decimals as for addition (a"
            + " point with probability 1/2). Signs, except for equal numbers: both non-negative"
            + " 70%, both negative 15%, mixed 15%; equal numbers are both negative with"
            + " probability 1/4. All numbers are canonical (no leading zero in a multi-digit"
            + " integer part, no trailing zero in the fraction), so a number below 1 has the"
            + " integer part 0 of length 1.",
        Ordered.map(
            "a", "canonical decimal with n digits, drawn as described above",
            "b", "canonical decimal with m digits, drawn as described above"),
        "the relation of a to b, one of >, < or =, boxed as the symbol",
        "State sign restates a and b, compares each with 0 and writes the signs sa and sb (-1,"
            + " 0 or 1). State signs restates sa and sb and compares them: if they differ the"
            + " relation of the signs is the answer (and two zeros are equal); ans is written and"
            + " the trace halts. Otherwise state intlen restates la and lb, the digit counts of"
            + " the integer parts, and compares them; if they differ it writes c, the relation of"
            + " the magnitudes (-1 or 1). If they are equal, one state d_i per digit position i"
            + " = 1, 2, ... from the most significant digit restates a[i] and b[i] (a literal 0"
            + " pads the shorter fraction) and compares them; the first unequal pair writes c and"
            + " ends the scan, and if the last position is equal too it writes c = 0. A final"
            + " state result restates sa and c and multiplies them, which reverses the magnitude"
            + " comparison of two negative numbers, and writes ans (\"<\", \"=\" or \">\" for -1,"
            + " 0, 1). Equal digits and equal lengths write nothing. Groups for no-atomic: four"
            + " digit positions per step.",
        List.of(
            "The trace never compares a with b in one operation: only signs, lengths and single"
                + " digits are compared, and the numbers themselves only with 0.",
            "Traces are short (at most about 55 states at 50 digits), far under the size"
                + " limit."));
  }
}
