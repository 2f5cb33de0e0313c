package dev.tmi.tasks.simulation;

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
import dev.tmi.tasks.common.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Large number division with decimal points by schoolbook long division: both points move right
 * until the divisor is an integer, then one state per quotient digit brings down the next digit of
 * the dividend (or a 0 past its end), finds the digit and keeps the remainder.
 */
public final class Division extends BaseTask<Division.Instance> {

  /**
   * A division instance.
   *
   * @param a the dividend, a canonical non-negative decimal string
   * @param b the divisor, a canonical positive decimal string
   * @param digits how many fractional digits the quotient keeps (truncated toward zero)
   */
  public record Instance(String a, String b, int digits) {}

  private static final Names.Indexed QUOTIENT_STATES = Names.indexed("q");

  /** Probability that an operand carries a decimal point. */
  static final double POINT_CHANCE = 0.5;

  /** Quotient digits merged into one step by the no-atomic ablation. */
  static final int CHUNK = 3;

  /** The most significant fractional digits drawn beyond the quotient's leading zeros. */
  static final int MAX_EXTRA_DIGITS = 4;

  /** Bounds for instances given from outside. */
  static final int MAX_OPERAND_DIGITS = 200;

  static final int MAX_DIGITS = 200;

  /** Group labels of the quotient-digit states, such as {@code q1to4}. */
  private static final Names.Family STEPS =
      Names.family((first, last) -> "q" + first + "to" + last);

  private static final Cells D = Cells.indexed("d");
  private static final Cells Q = Cells.indexed("q");
  private static final Cell R = Cell.named("r");
  private static final Cell DIVISOR = Cell.named("B");

  public Division() {
    super(
        TaskInfo.of(
            "division",
            "Large Number Division",
            AlgorithmClass.SIMULATION,
            "the quotient of two non-negative decimals, truncated after a given number of"
                + " fractional digits",
            "n and m, the digit counts of the dividend and the divisor",
            new LengthRange(2, 5),
            new LengthRange(6, 10),
            new LengthRange(11, 20)),
        Instance.class,
        AnswerKind.DECIMAL,
        QueryTemplates.of(
            "What is {a} / {b}? Truncate the result to {places}.",
            "Divide {a} by {b} and give the quotient truncated (not rounded) to {places}.",
            "Compute {a} ÷ {b}, keeping {places} and cutting off the rest.",
            "Calculate {a} divided by {b}. Keep {places}; do not round.",
            "{a} / {b} = ? Give the answer truncated toward zero to {places}.",
            "Use long division to find {a} / {b} to {places} (truncate, do not round).",
            "Find the quotient of {a} and {b}, truncated after {places}.",
            "Work out {a} ÷ {b} by hand. Stop after {places} and drop the remaining digits.",
            "What do you get when you divide {a} by {b}? Write the result truncated to {places}.",
            "Dividend: {a}. Divisor: {b}. Give the quotient truncated to {places}.",
            "Evaluate {a} / {b} exactly up to {places}, discarding all later digits.",
            "How many times does {b} go into {a}? Answer with the quotient truncated to"
                + " {places}.",
            "{name} shares {a} litres of juice equally among bottles of {b} litres each. How many"
                + " bottles does that make? Give the exact quotient truncated to {places}.",
            "A {place} in {city} spreads a cost of {a} euros over {b} units. What is the cost per"
                + " unit, truncated to {places}?",
            "{name} drove {a} km in {b} hours. What was the average speed in km per hour,"
                + " truncated to {places}?",
            "A roll of ribbon is {a} metres long and {name} cuts pieces of {b} metres. How many"
                + " pieces is that? Give the quotient truncated to {places}.",
            "The {place} packs {a} kg of flour into bags of {b} kg each. Give the number of bags"
                + " as a quotient truncated to {places}.",
            "Divide the amount {a} into parts of size {b}. Report the quotient, truncated (not"
                + " rounded) to {places}.",
            "Number A = {a}, number B = {b}. What is A / B, truncated to {places}?",
            "Perform the long division {a} ÷ {b} and write the quotient to {places}, truncating"
                + " toward zero.",
            "{name} and {name2} must split {a} points so that each share is {b} points. How many"
                + " shares are there? Truncate to {places}."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    String a = Decimals.random(rng, r.draw(rng), POINT_CHANCE);
    String b;
    BigDecimal divisor;
    do {
      b = Decimals.random(rng, r.draw(rng), POINT_CHANCE);
      divisor = new BigDecimal(b);
    } while (divisor.signum() == 0);
    BigDecimal dividend = new BigDecimal(a);
    int digits;
    if (dividend.compareTo(divisor) >= 0) {
      digits = rng.nextInt(0, MAX_EXTRA_DIGITS + 1);
    } else {
      // Zeros right after the point come first, so that the answer has a significant digit.
      int leadingZeros = dividend.signum() == 0 ? 0 : -quotientExponent(dividend, divisor) - 1;
      digits = leadingZeros + rng.nextInt(1, MAX_EXTRA_DIGITS + 1);
    }
    return new Instance(a, b, digits);
  }

  /**
   * {@code floor(log10(a / b))} for positive {@code a} and {@code b}: the place of the quotient's
   * first significant digit, found with one comparison instead of dividing (an 80-digit division
   * per instance was a tenth of synthesizing a short sample).
   */
  static int quotientExponent(BigDecimal a, BigDecimal b) {
    // a = a' * 10^ea and b = b' * 10^eb with a', b' in [1, 10), so a / b = (a' / b') * 10^(ea - eb)
    // with a' / b' in (0.1, 10): the exponent is ea - eb, or one less.
    int e = (a.precision() - a.scale()) - (b.precision() - b.scale());
    return a.compareTo(b.scaleByPowerOfTen(e)) >= 0 ? e : e - 1;
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", Decimals.digitCount(in.a()), "m", Decimals.digitCount(in.b()));
  }

  @Override
  public void validate(Instance in) {
    check(in.a() != null && Decimals.isCanonical(in.a()), "a", "must be a canonical decimal");
    check(in.b() != null && Decimals.isCanonical(in.b()), "b", "must be a canonical decimal");
    check(!in.a().startsWith("-"), "a", "must not be negative");
    check(!in.b().startsWith("-"), "b", "must not be negative");
    check(!in.b().equals("0"), "b", "must not be zero");
    check(Decimals.digitCount(in.a()) <= MAX_OPERAND_DIGITS, "a", "at most 200 digits");
    check(Decimals.digitCount(in.b()) <= MAX_OPERAND_DIGITS, "b", "at most 200 digits");
    check(in.digits() >= 0 && in.digits() <= MAX_DIGITS, "digits", "must be in [0, 200]");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    String places = in.digits() == 1 ? "1 decimal place" : in.digits() + " decimal places";
    return Map.of("a", in.a(), "b", in.b(), "places", places)::get;
  }

  /**
   * The operands after moving both points right by the divisor's fractional digit count.
   *
   * @param shift how many places both points move
   * @param dividend the shifted dividend, canonical (it may keep a fraction)
   * @param divisor the shifted divisor, a positive integer
   * @param point how many quotient digits lie before the point (the dividend's integer digits)
   */
  record Scaled(int shift, String dividend, String divisor, int point) {
    static Scaled of(String a, String b) {
      String fb = Decimals.fracPart(b);
      String divisor = Decimals.canonical(Decimals.intPart(b) + fb);
      String dividend = Decimals.movePointRight(a, fb.length());
      return new Scaled(fb.length(), dividend, divisor, Decimals.intPart(dividend).length());
    }

    /** The dividend's digits in order, integer part then fraction. */
    String digits() {
      return Decimals.intPart(dividend) + Decimals.fracPart(dividend);
    }
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    Scaled s = Scaled.of(in.a(), in.b());
    String dividendDigits = s.digits();
    int steps = s.point() + in.digits();
    m.init("a", in.a());
    m.init("b", in.b());
    m.init("digits", in.digits());
    // Dividend digits past the last quotient digit can never be brought down (truncation).
    for (int k = 1; k <= Math.min(steps, dividendDigits.length()); k++) {
      m.init(D.at(k), dividendDigits.charAt(k - 1) - '0');
    }

    m.state("scale");
    m.fetch("a");
    m.fetch("b");
    m.fetch("digits");
    m.write("shift", s.shift());
    m.write("A", s.dividend());
    m.write(DIVISOR, s.divisor());
    m.write("point", s.point());

    for (int k = 1; k <= steps; k++) {
      int first = (k - 1) / CHUNK * CHUNK + 1;
      m.state(QUOTIENT_STATES.of(k), STEPS.of(first, Math.min(first + CHUNK - 1, steps)));
      Val cur;
      if (k == 1) {
        cur = m.fetch("d1");
      } else {
        Val r = m.fetch(R);
        Val d = k <= dividendDigits.length() ? m.fetch(D.at(k)) : Machine.lit(0);
        cur = m.add(m.mul(r, Machine.lit(10)), d);
      }
      Val divisor = m.fetch(DIVISOR);
      Val q = m.div(cur, divisor);
      Val product = m.mul(divisor, q);
      Val rem = m.sub(cur, product);
      m.write(Q.at(k), q);
      m.write(R, rem);
    }

    m.state("result");
    int point = m.fetch("point").asInt();
    if (point < 1 || point > steps) {
      throw new TraceMismatch(ErrorType.COMPUTE, "point " + point + " outside the quotient");
    }
    StringBuilder quotient = new StringBuilder(steps);
    for (int k = 1; k <= steps; k++) {
      int digit = m.fetch(Q.at(k)).asInt();
      if (digit < 0 || digit > 9) {
        throw new TraceMismatch(ErrorType.COMPUTE, "quotient digit q" + k + " is " + digit);
      }
      quotient.append((char) ('0' + digit));
    }
    String answer = Decimals.canonical(Decimals.withPoint(quotient, point));
    m.write("ans", answer);
    m.halt();
    return Answers.decimal(answer);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Operands are non-negative (the divisor positive); each has n (or m) digits drawn"
            + " uniformly and, with probability 1/2, a decimal point at a uniform position with"
            + " at least one digit on each side, in canonical form (as for addition). The"
            + " precision digits is drawn so that the answer is rarely a bare 0: when a/b >= 1 it"
            + " is uniform in [0, 4]; when a/b < 1 it is z + U[1, 4], where z counts the zeros"
            + " right after the point of a/b, so the answer keeps 1 to 4 significant digits. The"
            + " quotient is truncated toward zero (never rounded). Decimal points are handled as"
            + " in school: both points move right by the number of fractional digits of the"
            + " divisor (shift), which turns the divisor into an integer B and the dividend into"
            + " A (which may keep a fraction); the quotient's point then sits after as many digits"
            + " as A has integer digits (point). Quotient digits before the first non-zero one"
            + " are computed like any other and dropped only in the canonical answer.",
        Ordered.map(
            "a", "the dividend: canonical non-negative decimal with n digits",
            "b", "the divisor: canonical positive decimal with m digits",
            "digits", "number of fractional digits kept; see the decisions above"),
        "a/b truncated toward zero after digits fractional digits, as a canonical decimal"
            + " string, boxed as written",
        "A state scale restates a, b and digits and writes shift, A, B and point. Then one"
            + " state q_k per quotient digit, k = 1 .. point + digits: it restates the remainder"
            + " r and the digit d_k of A brought down (a literal 0 once A's digits are used up),"
            + " computes r*10 and adds the digit (the first state takes d_1 as it is), restates"
            + " B, finds the digit q_k = cur//B, forms the trial product B*q_k, subtracts it to"
            + " get the new remainder, and writes q_k and r. A final state result restates point"
            + " and every q_k and writes the canonical answer ans. Groups for no-atomic: three"
            + " quotient digits per step.",
        List.of(
            "Dividend digits beyond the last quotient digit are never brought down: they cannot"
                + " change a truncated quotient.",
            "Each quotient-digit state performs the five elementary operations of one column of"
                + " schoolbook division (times ten, plus the digit, the digit guess, the trial"
                + " product, the subtraction); the remainder is always below B, so cur is below"
                + " 10*B and the guess is a single digit."));
  }
}
