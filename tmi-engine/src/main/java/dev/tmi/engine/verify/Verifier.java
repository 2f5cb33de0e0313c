package dev.tmi.engine.verify;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.format.ParseError;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.TraceMismatch;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.variant.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks a model's output step by step: parses its chain of thought with the variant's format, then
 * checks every step against the reference execution or by replaying the algorithm on the model's
 * own values, and checks the boxed answer.
 */
public final class Verifier {
  private static final Event[] NO_EVENTS = new Event[0];

  private Verifier() {}

  /**
   * Verifies one output in one mode.
   *
   * @param task the task
   * @param instance the instance the model was asked about
   * @param variant the variant the model was trained on (its format is used to parse)
   * @param rawOutput the model's whole output
   * @param mode how to check steps
   */
  public static <I> Verification verify(
      Task<I> task, I instance, Variant variant, String rawOutput, Mode mode) {
    Prepared<I> p = prepare(task, instance, variant, rawOutput, null);
    return mode == Mode.REFERENCE ? p.againstReference() : p.selfConsistent();
  }

  /**
   * Verifies one output in both modes, recording the reference execution and parsing the output
   * once for the two.
   */
  public static <I> Verdicts verifyBoth(
      Task<I> task, I instance, Variant variant, String rawOutput) {
    Prepared<I> p = prepare(task, instance, variant, rawOutput, null);
    return new Verdicts(p.againstReference(), p.selfConsistent());
  }

  /**
   * Prepares the verification of one output (the reference execution is recorded and the output
   * parsed once); each mode is then computed when asked for, at most once.
   */
  public static <I> Check check(Task<I> task, I instance, Variant variant, String rawOutput) {
    return checkOf(prepare(task, instance, variant, rawOutput, null));
  }

  /**
   * {@link #check(Task, Object, Variant, String)} given the reference's chain of thought as the
   * variant renders it, which an evaluation sample carries: the output's lines are matched against
   * that text instead of a new rendering of the reference. The verdicts are the same as without it
   * only if it is the rendering; a text with another number of lines than the reference shows is
   * ignored.
   *
   * @param referenceCot the variant's rendering of the reference execution, or {@code null}
   */
  public static <I> Check check(
      Task<I> task, I instance, Variant variant, String rawOutput, String referenceCot) {
    return checkOf(prepare(task, instance, variant, rawOutput, referenceCot));
  }

  private static <I> Check checkOf(Prepared<I> p) {
    return new Check() {
      private Verification ref;
      private Verification self;

      @Override
      public Verification reference() {
        if (ref == null) {
          ref = p.againstReference();
        }
        return ref;
      }

      @Override
      public Verification selfConsistent() {
        if (self == null) {
          self = p.selfConsistent();
        }
        return self;
      }

      @Override
      public Optional<Check> withoutProseAfterHalt() {
        return p.withoutProseAfterHalt().map(Verifier::checkOf);
      }
    };
  }

  /** The two modes of one prepared verification, computed on demand. Not thread-safe. */
  public interface Check {
    /** Step k against reference step k. */
    Verification reference();

    /** The algorithm replayed on the model's own values. */
    Verification selfConsistent();

    /**
     * The check of the same output without what follows the line that halts, if only lines that do
     * not read as steps follow it (prose after the halting state, such as "so the answer is ...",
     * which is the answer area rather than an error); otherwise empty. It shares this check's
     * reference execution and parse: what checking the cut text would give, without recording and
     * reading it again.
     */
    default Optional<Check> withoutProseAfterHalt() {
      return Optional.empty();
    }
  }

  private static <I> Prepared<I> prepare(
      Task<I> task, I instance, Variant variant, String raw, String referenceCot) {
    ModelOutput out = ModelOutput.of(raw);
    // Room for about as many events as the output shows (one per six characters), so that the
    // recording seldom grows; a hint only, and bounded, since a runaway output says nothing about
    // the reference.
    Recorder recorder = new Recorder(true, Math.min(out.cot().length() / 6, 1 << 14));
    Answer reference = task.solve(instance, recorder);
    Optional<String> boxed = out.boxed().map(b -> task.unboxed(b, instance, variant.id()));
    boolean answerCorrect =
        boxed.map(b -> task.answerKind().accepts(reference.json(), b)).orElse(false);
    if (!variant.hasCot()) {
      return new Prepared<>(
          task, instance, variant, reference, boxed, answerCorrect, null, null, null, null, 0, 0);
    }
    Event[] refEvents =
        variant.showsEveryEvent()
            ? recorder.eventArray()
            : variant.visible(recorder.trace().events()).toArray(NO_EVENTS);
    // Lines that read as the reference's are taken from it: most of a good output's text.
    ParsedTrace parsed = variant.format().parse(out.cot(), refEvents, referenceCot);
    Traces traces = new Traces(refEvents, parsed.events().toArray(NO_EVENTS));
    int modelSteps = traces.model().length == 0 ? 0 : Steps.count(traces.model());
    return new Prepared<>(
        task,
        instance,
        variant,
        reference,
        boxed,
        answerCorrect,
        traces,
        recorder::initialMemory,
        out.cot(),
        parsed,
        Steps.count(traces.ref()),
        modelSteps);
  }

  /**
   * The verdict, in either mode, on an output whose chain of thought is the reference's own text:
   * what checking it gives, without recording, parsing or replaying anything. Every step is right
   * and the steps imply the reference answer, so only the box can be wrong.
   *
   * @param mode the mode
   * @param steps the reference's steps, as the variant shows them
   * @param answerFound whether the output has a box
   * @param answerCorrect whether the box holds the reference answer
   */
  public static Verification ofReferenceSteps(
      Mode mode, int steps, boolean answerFound, boolean answerCorrect) {
    // The steps imply the reference answer: the box agrees with them exactly when it is correct.
    StepError first = answerCorrect ? null : answerError(steps, answerFound, answerCorrect);
    return new Verification(
        mode, true, true, 0, steps, steps, steps, first, answerFound, answerCorrect);
  }

  /**
   * Whether the verdict against the reference on a whole output would have a format error first,
   * given the verdict on the output without its prose after the halting state ({@link
   * Check#withoutProseAfterHalt}). The prose lines are format errors of the last step, which the
   * reference check reports before anything else wrong in that step: so they come first unless an
   * earlier step has another kind of error.
   */
  public static boolean proseComesFirst(Verification withoutProse) {
    StepError first = withoutProse.firstError();
    return first == null
        || first.type() == ErrorType.FORMAT
        || first.step() >= withoutProse.modelSteps() - 1;
  }

  /**
   * The error of an output whose steps are right and whose box is wrong or missing.
   *
   * @param modelSteps the steps the model wrote; the error is placed at the last
   * @param answerFound whether there is a box
   * @param consistent whether the box holds the answer the steps imply
   */
  private static StepError answerError(int modelSteps, boolean answerFound, boolean consistent) {
    return new StepError(
        Math.max(0, modelSteps - 1),
        0,
        ErrorType.ANSWER,
        !answerFound
            ? "no boxed answer"
            : consistent ? "wrong answer" : "the answer does not follow from the steps");
  }

  /**
   * The reference's visible events and the model's parsed ones, as arrays: the checks walk every
   * event of both, and reading through the lists (the recorder's is an unmodifiable view) cost more
   * per event than the comparisons.
   */
  private record Traces(Event[] ref, Event[] model) {}

  /** What both modes share: the reference execution, the parsed output, the answer check. */
  private record Prepared<I>(
      Task<I> task,
      I instance,
      Variant variant,
      Answer expected,
      Optional<String> boxed,
      boolean answerCorrect,
      Traces traces,
      Supplier<Map<String, String>> inputs,
      String cot,
      ParsedTrace parsed,
      int refSteps,
      int modelSteps) {

    Verification answerOnly(Mode mode) {
      StepError err =
          answerCorrect
              ? null
              : new StepError(
                  0, 0, ErrorType.ANSWER, boxed.isPresent() ? "wrong answer" : "no boxed answer");
      return new Verification(mode, false, true, 0, 0, 0, 0, err, boxed.isPresent(), answerCorrect);
    }

    Optional<Prepared<I>> withoutProseAfterHalt() {
      if (parsed == null || parsed.errors().isEmpty()) {
        return Optional.empty();
      }
      // The halting line must be the output's only one and its last: the last event halts, and no
      // event before it does.
      Event[] events = traces.model();
      int halt = events.length - 1;
      if (halt < 0 || !(events[halt] instanceof Halt)) {
        return Optional.empty();
      }
      for (int i = 0; i < halt; i++) {
        if (events[i] instanceof Halt) {
          return Optional.empty();
        }
      }
      // The text up to the end of the halting line parses as this text did, without the errors
      // of the lines after it.
      int line = parsed.line(halt);
      int at = -1;
      for (int n = 0; n < line; n++) {
        at = cot.indexOf('\n', at + 1);
        if (at < 0) {
          return Optional.empty();
        }
      }
      List<ParseError> kept = new ArrayList<>();
      for (ParseError e : parsed.errors()) {
        if (e.line() <= line) {
          kept.add(e);
        }
      }
      ParsedTrace cut = new ParsedTrace(parsed.events(), parsed.lines(), kept);
      return Optional.of(
          new Prepared<>(
              task,
              instance,
              variant,
              expected,
              boxed,
              answerCorrect,
              traces,
              inputs,
              cot.substring(0, at),
              cut,
              refSteps,
              modelSteps));
    }

    Verification againstReference() {
      if (parsed == null) {
        return answerOnly(Mode.REFERENCE);
      }
      var o = ReferenceCheck.run(traces.ref(), inputs, parsed, traces.model());
      return finish(Mode.REFERENCE, o.correctSteps(), o.firstError(), expected);
    }

    Verification selfConsistent() {
      if (parsed == null) {
        return answerOnly(Mode.SELF_CONSISTENT);
      }
      Event[] ref = traces.ref();
      Replayer r = new Replayer(variant, parsed, traces.model(), ref, 4L * ref.length + 10_000);
      Answer implied;
      try {
        implied = task.solve(instance, r);
        r.finish();
      } catch (TraceMismatch m) {
        r.abort(m);
        implied = null;
      } catch (RuntimeException e) {
        r.abort(new TraceMismatch(ErrorType.FORMAT, "the steps cannot drive the algorithm: " + e));
        implied = null;
      }
      int correct = r.correctSteps();
      StepError first = r.firstError();
      if (!parsed.errors().isEmpty()) {
        var pe = parsed.errors().get(0);
        StepError parseErr =
            new StepError(
                Steps.stepOf(Steps.starts(traces.model()), Math.max(0, pe.eventIndex() - 1)),
                pe.line(),
                ErrorType.FORMAT,
                pe.message() + ": " + pe.text());
        if (first == null || parseErr.line() < first.line() || first.line() == 0) {
          first = parseErr;
        }
        correct = Math.min(correct, Math.max(0, modelSteps - parsed.errors().size()));
      }
      return finish(Mode.SELF_CONSISTENT, correct, first, implied);
    }

    private Verification finish(Mode mode, int correct, StepError first, Answer implied) {
      if (first == null) {
        // Reading the boxed answer again gives the same result when the steps imply the
        // reference answer, as they do for every output whose steps are right.
        boolean consistent =
            implied != null
                && (implied == expected || implied.json().equals(expected.json())
                    ? answerCorrect
                    : boxed.map(b -> task.answerKind().accepts(implied.json(), b)).orElse(false));
        if (!answerCorrect || !consistent) {
          first = answerError(modelSteps, boxed.isPresent(), consistent);
        }
      }
      return new Verification(
          mode,
          true,
          parsed.clean(),
          parsed.errors().size(),
          refSteps,
          modelSteps,
          correct,
          first,
          boxed.isPresent(),
          answerCorrect);
    }
  }
}
