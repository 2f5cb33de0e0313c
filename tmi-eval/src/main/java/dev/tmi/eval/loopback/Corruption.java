package dev.tmi.eval.loopback;

import dev.tmi.engine.answer.Boxed;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Op;
import dev.tmi.engine.trace.Operator;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.eval.data.EvalSample;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ways a model gets a trace wrong, made on the reference execution's events (so they work for every
 * task and format) and rendered with the variant's own format.
 */
public enum Corruption {
  NONE(null),
  /** A restated operand differs from memory. */
  WRONG_OPERAND(ErrorType.FETCH),
  /** An addition (or, without one, another operation) has a wrong result. */
  WRONG_SUM(ErrorType.COMPUTE),
  /** One whole atomic state is left out. */
  SKIPPED_STEP(ErrorType.TRANSITION),
  /** Generation stops in the middle of a line; no answer. */
  TRUNCATED(null),
  /** Right steps, the answer written without a box. */
  MISSING_BOX(ErrorType.ANSWER),
  /** Right steps, a wrong boxed answer. */
  WRONG_ANSWER(ErrorType.ANSWER);

  /** The error type the verifier must report, or null when it depends (see tests). */
  public final ErrorType expected;

  Corruption(ErrorType expected) {
    this.expected = expected;
  }

  /**
   * A corrupted output.
   *
   * @param text the whole output
   * @param line the 1-based line of the chain of thought where the corruption is, 0 if none
   * @param finishReason what the server should say
   */
  public record Output(String text, int line, String finishReason) {}

  /** The corrupted output for a sample, or null if this corruption does not apply to it. */
  public Output apply(EvalSample s, SplittableRandom rng) {
    Variant v = s.variant();
    String boxed = s.sample().boxed();
    if (this == NONE) {
      return new Output(s.sample().response(), 0, "stop");
    }
    if (!v.hasCot()) {
      return switch (this) {
        case MISSING_BOX -> new Output("The answer is " + boxed + ".", 0, "stop");
        case WRONG_ANSWER -> new Output(Boxed.wrap(wrongAnswer(boxed)), 0, "stop");
        default -> null;
      };
    }
    List<Event> events = new ArrayList<>(v.project(events(s)));
    int line = 0;
    switch (this) {
      case WRONG_OPERAND -> {
        List<Integer> cands = indices(events, e -> e instanceof Fetch f && isInt(f.value()));
        if (cands.isEmpty()) {
          return null;
        }
        int i = cands.get(rng.nextInt(cands.size()));
        Fetch f = (Fetch) events.get(i);
        events.set(i, new Fetch(f.name(), bump(f.value())));
        line = lineOf(v, events, i);
      }
      case WRONG_SUM -> {
        List<Integer> cands =
            indices(
                events,
                e -> e instanceof Op o && o.operator() == Operator.ADD && isInt(o.result()));
        if (cands.isEmpty()) {
          cands =
              indices(
                  events,
                  e -> e instanceof Op o && o.operator() != Operator.REL && isInt(o.result()));
        }
        if (cands.isEmpty()) {
          return null;
        }
        int i = cands.get(rng.nextInt(cands.size()));
        Op o = (Op) events.get(i);
        events.set(i, new Op(o.operator(), o.args(), bump(o.result())));
        line = lineOf(v, events, i);
      }
      case SKIPPED_STEP -> {
        List<Integer> states = indices(events, e -> e instanceof State);
        List<Integer> cands = new ArrayList<>();
        for (int k = 1; k + 2 < states.size(); k++) {
          State a = (State) events.get(states.get(k));
          State b = (State) events.get(states.get(k + 1));
          if (!a.label().equals(b.label())) {
            cands.add(k);
          }
        }
        if (cands.isEmpty()) {
          return null;
        }
        int k = cands.get(rng.nextInt(cands.size()));
        int from = states.get(k);
        int to = states.get(k + 1);
        line = lineOf(v, events, from);
        events.subList(from, to).clear();
      }
      default -> {}
    }
    String cot = v.format().render(events);
    return switch (this) {
      case TRUNCATED -> {
        int at = cot.length() / 3 + rng.nextInt(Math.max(1, cot.length() / 2));
        while (at < cot.length() - 1 && (cot.charAt(at) == '\n' || cot.charAt(at - 1) == '\n')) {
          at++;
        }
        String cut = cot.substring(0, at);
        yield new Output(cut, (int) cut.chars().filter(c -> c == '\n').count() + 1, "length");
      }
      case MISSING_BOX -> new Output(cot + "\nThe answer is " + boxed + ".", 0, "stop");
      case WRONG_ANSWER -> new Output(cot + "\n" + Boxed.wrap(wrongAnswer(boxed)), 0, "stop");
      default -> new Output(cot + "\n" + Boxed.wrap(boxed), line, "stop");
    };
  }

  /** The reference execution's events. */
  public static List<Event> events(EvalSample s) {
    Recorder r = new Recorder();
    solve(s.task(), s.instance(), r);
    return r.trace().events();
  }

  @SuppressWarnings("unchecked")
  private static <I> void solve(Task<I> task, Object instance, Recorder r) {
    task.solve((I) instance, r);
  }

  private static int lineOf(Variant v, List<Event> events, int index) {
    return v.format().parse(v.format().render(events)).lines().get(index);
  }

  private static List<Integer> indices(List<Event> events, java.util.function.Predicate<Event> p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (p.test(events.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean isInt(String s) {
    return s.matches("-?\\d+");
  }

  private static String bump(String s) {
    return new BigInteger(s).add(BigInteger.ONE).toString();
  }

  private static String wrongAnswer(String boxed) {
    if (boxed.matches("-?\\d+")) {
      return bump(boxed);
    }
    return boxed.matches(".*\\d$")
        ? boxed.substring(0, boxed.length() - 1) + (boxed.endsWith("9") ? "0" : "9")
        : boxed + "0";
  }
}
