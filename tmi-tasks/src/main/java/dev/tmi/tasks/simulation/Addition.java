package dev.tmi.tasks.simulation;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.machine.Cell;
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
import dev.tmi.engine.variant.Variant;
import dev.tmi.tasks.common.Decimals;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Large number addition with decimal points, digit column by digit column from the right, with the
 * paper's Index Hint and Reversed Format baselines as extra answer-only variants.
 */
public final class Addition extends BaseTask<Addition.Instance> {

  /**
   * An addition instance.
   *
   * @param a the first operand, a canonical non-negative decimal string
   * @param b the second operand, a canonical non-negative decimal string
   */
  public record Instance(String a, String b) {}

  private static final Names.Indexed COLUMNS = Names.indexed("col");
  private static final Names.Indexed COLUMN_GROUPS = Names.indexed("cols");

  private static final Cells A = Cells.indexed("a");
  private static final Cells B = Cells.indexed("b");
  private static final Cells S = Cells.indexed("s");
  private static final Cell CARRY = Cell.named("carry");
  private static final Cell FRAC = Cell.named("frac");

  /** Probability that an operand carries a decimal point. */
  static final double POINT_CHANCE = 0.5;

  /** The Index Hint baseline (paper, appendix G). */
  public static final Variant INDEX_HINT =
      Variant.answerOnly(
          "index-hint",
          "Index Hint",
          "Answer only. Every digit of the operands and of the answer carries a letter naming"
              + " its place: the integer places are a, b, c, ... from the ones digit leftwards,"
              + " the fractional places a, b, c, ... from the point rightwards (then A-Z).");

  /** The Reversed Format baseline (paper, appendix G). */
  public static final Variant REVERSED =
      Variant.answerOnly(
          "reversed",
          "Reversed Format",
          "Answer only. The operands and the answer are written in reverse character order,"
              + " least significant digit first: 123.45+67.89=191.34 becomes"
              + " 54.321+98.76=43.191.");

  public Addition() {
    super(
        TaskInfo.of(
            "addition",
            "Large Number Addition",
            AlgorithmClass.SIMULATION,
            "the exact sum of two long non-negative decimals",
            "n and m, the digit counts of the two operands",
            new LengthRange(10, 30),
            new LengthRange(31, 40),
            new LengthRange(41, 50)),
        Instance.class,
        AnswerKind.DECIMAL,
        QueryTemplates.of(
            "What is {a} + {b}?",
            "Compute the sum of {a} and {b}.",
            "Add {a} and {b}. Give the exact result.",
            "Calculate {a} plus {b}.",
            "Find the exact value of {a} + {b}.",
            "{a} + {b} = ?",
            "Please add these two numbers: {a} and {b}.",
            "What do you get when you add {b} to {a}?",
            "Evaluate the expression {a} + {b} exactly, digit by digit.",
            "Sum the numbers {a} and {b} and write the total.",
            "{name} has {a} litres of water in one tank and {b} litres in another. How many"
                + " litres are there in total?",
            "A {place} in {city} recorded {a} kWh in the morning and {b} kWh in the afternoon."
                + " What was the total consumption?",
            "Two ledger entries read {a} and {b}. What is their sum?",
            "{name} walked {a} metres and then {b} metres. How far did {name} walk altogether?",
            "The first shipment of {thing} weighed {a} grams and the second {b} grams. What is"
                + " the combined weight?",
            "Add up: {a} and {b}.",
            "Work out the total of {a} and {b}, keeping every digit.",
            "An astronomer adds two distances, {a} and {b} (in light-seconds). What is the"
                + " total?",
            "Number A = {a}, number B = {b}. What is A + B?",
            "Two accounts hold {a} and {b} credits. If they are merged, how many credits does the"
                + " merged account hold?",
            "Give the precise sum: {a} + {b}."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    LengthRange r = info().range(split);
    return new Instance(
        Decimals.random(rng, r.draw(rng), POINT_CHANCE),
        Decimals.random(rng, r.draw(rng), POINT_CHANCE));
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
    check(Decimals.digitCount(in.a()) <= 1000, "a", "at most 1000 digits");
    check(Decimals.digitCount(in.b()) <= 1000, "b", "at most 1000 digits");
  }

  @Override
  public List<Variant> extraVariants() {
    return List.of(INDEX_HINT, REVERSED);
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    if (variant.equals(INDEX_HINT.id())) {
      return Map.of("a", PlaceTags.tag(in.a()), "b", PlaceTags.tag(in.b()))::get;
    }
    if (variant.equals(REVERSED.id())) {
      return Map.of("a", reverse(in.a()), "b", reverse(in.b()))::get;
    }
    return Map.of("a", in.a(), "b", in.b())::get;
  }

  /** The baselines' queries say how their numbers are written. */
  @Override
  public String query(Instance in, String variant, SplittableRandom rng) {
    return super.query(in, variant, rng) + note(variant);
  }

  @Override
  public void query(Instance in, String variant, SplittableRandom rng, TextBuffer out) {
    super.query(in, variant, rng, out);
    out.append(note(variant));
  }

  /** What a variant's query adds after the template, if anything. */
  private static String note(String variant) {
    if (variant.equals(INDEX_HINT.id())) {
      return " (Each digit is tagged with a letter for its place.)";
    }
    if (variant.equals(REVERSED.id())) {
      return " (All numbers are written in reverse digit order.)";
    }
    return "";
  }

  @Override
  public String boxed(Answer answer, Instance in, String variant) {
    if (variant.equals(INDEX_HINT.id())) {
      return PlaceTags.tag(answer.boxed());
    }
    if (variant.equals(REVERSED.id())) {
      return reverse(answer.boxed());
    }
    return answer.boxed();
  }

  @Override
  public String unboxed(String boxed, Instance in, String variant) {
    if (variant.equals(INDEX_HINT.id())) {
      return PlaceTags.strip(boxed);
    }
    if (variant.equals(REVERSED.id())) {
      return reverse(boxed.strip());
    }
    return boxed;
  }

  static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    String ia = Decimals.intPart(in.a());
    String fa = Decimals.fracPart(in.a());
    String ib = Decimals.intPart(in.b());
    String fb = Decimals.fracPart(in.b());
    int frac = Math.max(fa.length(), fb.length());
    int columns = Math.max(ia.length(), ib.length()) + frac;
    String a = aligned(ia, fa, frac, columns);
    String b = aligned(ib, fb, frac, columns);
    for (int k = 0; k < columns; k++) {
      m.init(A.at(k), a.charAt(columns - 1 - k) - '0');
      m.init(B.at(k), b.charAt(columns - 1 - k) - '0');
    }
    m.init(CARRY, 0);
    m.init(FRAC, frac);
    for (int k = 0; k < columns; k++) {
      m.state(COLUMNS.of(k), COLUMN_GROUPS.of(k / 4 * 4));
      Val sum = m.add(m.fetch(A.at(k)), m.fetch(B.at(k)), m.fetch(CARRY));
      int s = sum.asInt();
      m.write(S.at(k), s % 10);
      m.write(CARRY, s / 10);
    }
    m.state("sum");
    StringBuilder digits = new StringBuilder(columns + 1);
    digits.append(m.fetch(CARRY).text());
    for (int k = columns - 1; k >= 0; k--) {
      digits.append(m.fetch(S.at(k)).text());
    }
    int point = m.fetch(FRAC).asInt();
    String raw = digits.toString();
    String plain =
        point == 0
            ? raw
            : raw.substring(0, raw.length() - point) + "." + raw.substring(raw.length() - point);
    String answer = Decimals.canonical(plain);
    m.write("ans", answer);
    m.halt();
    return Answers.decimal(answer);
  }

  private static String aligned(String intPart, String fracPart, int frac, int columns) {
    StringBuilder sb = new StringBuilder(columns);
    int intCols = columns - frac;
    sb.append("0".repeat(intCols - intPart.length())).append(intPart).append(fracPart);
    sb.append("0".repeat(frac - fracPart.length()));
    return sb.toString();
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Each operand has n (or m) digits drawn uniformly; with probability 1/2 it has a"
            + " decimal point at a uniform position with at least one digit on each side. Operands"
            + " are canonical (no leading zero in a multi-digit integer part, no trailing zero in"
            + " the fraction). Digits are named by column from the right after aligning the points"
            + " and padding with zeros: a0/b0 is the rightmost column; a missing digit is 0.",
        Ordered.map(
            "a", "canonical non-negative decimal with n digits",
            "b", "canonical non-negative decimal with m digits"),
        "the exact sum as a canonical decimal string, boxed as written",
        "One state per column k, from the right: fetch a_k, b_k and carry, add them in one"
            + " operation, write s_k (the sum mod 10) and the new carry. A final state sum"
            + " restates the carry and s_k from the most significant column down, and frac (the"
            + " number of fractional columns), then writes the canonical answer. Groups for"
            + " no-atomic: four columns per step, labelled cols0, cols4, ...",
        List.of(
            "index-hint and reversed are the paper's baselines (Table 1): answer-only data whose"
                + " operands and answers are written with place tags, or reversed."));
  }
}
