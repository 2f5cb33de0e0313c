package dev.tmi.cli.example;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The example of docs/adding-a-task.md: the sum of the digits of a long number, one digit per
 * state. It lives in test sources and is found through ServiceLoader like any third-party task.
 */
public final class DigitSum extends BaseTask<DigitSum.Instance> {

  /**
   * A digit-sum instance.
   *
   * @param number a string of decimal digits
   */
  public record Instance(String number) {}

  public DigitSum() {
    super(
        TaskInfo.of(
                "digit-sum",
                "Digit Sum",
                AlgorithmClass.ITERATION,
                "the sum of the digits of an n-digit number",
                "n, the number of digits",
                new LengthRange(5, 15),
                new LengthRange(16, 30),
                new LengthRange(31, 60))
            .extra(),
        Instance.class,
        AnswerKind.INTEGER,
        QueryTemplates.of(
            "What is the sum of the digits of {number}?",
            "Add up the digits of {number}.",
            "Compute the digit sum of {number}.",
            "{name} writes down {number}. What do its digits add up to?",
            "Find the sum of all digits in the number {number}.",
            "Digit sum of {number} = ?",
            "A serial number in a {place} reads {number}. What is the sum of its digits?",
            "Sum the digits: {number}.",
            "What total do you get by adding every digit of {number}?",
            "Give the digit sum of the integer {number}.",
            "{name} in {city} checks a barcode {number} by adding its digits. What is the sum?",
            "Take {number} and add its digits together. What is the result?",
            "How much is the sum of the decimal digits of {number}?",
            "Calculate the cross sum of {number}.",
            "The checksum of {number} is the sum of its digits. What is it?",
            "Number: {number}. Output the sum of its digits.",
            "If you add the digits of {number}, what do you get?",
            "A lock code {number} hides its key in the sum of its digits. Find the key.",
            "What is the digit sum of {number}, computed digit by digit?",
            "Each digit of {number} is a count of {thing}. How many {thing} in total?"));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + rng.nextInt(9)));
    while (sb.length() < n) {
      sb.append((char) ('0' + rng.nextInt(10)));
    }
    return new Instance(sb.toString());
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.number().length());
  }

  @Override
  public void validate(Instance in) {
    check(
        in.number() != null && in.number().matches("[0-9]{1,1000}"), "number", "1 to 1000 digits");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("number", in.number())::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    String digits = in.number();
    for (int i = 0; i < digits.length(); i++) {
      m.init(Names.indexed("d", i), digits.charAt(i) - '0');
    }
    m.init("sum", 0);
    for (int i = 0; i < digits.length(); i++) {
      m.state(Names.indexed("digit", i), Names.indexed("digits", i / 4 * 4));
      Val sum = m.add(m.fetch("sum"), m.fetch(Names.indexed("d", i)));
      m.write("sum", sum);
    }
    m.state("done");
    Val total = m.fetch("sum");
    m.write("ans", total);
    m.halt();
    return Answers.integer(total.asLong());
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Digits are uniform; the first is non-zero.",
        Ordered.map("number", "n uniform decimal digits, the first non-zero"),
        "the digit sum, boxed as an integer",
        "One state per digit: fetch the running sum and the digit, add, write the sum. Groups of"
            + " four digits for no-atomic. A final state restates the sum and writes ans.",
        List.of());
  }
}
