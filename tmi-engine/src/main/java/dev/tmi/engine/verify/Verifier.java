package dev.tmi.engine.verify;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.TraceMismatch;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.variant.Variant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a model's output step by step: parses its chain of thought with the variant's format,
 * then checks every step against the reference execution or by replaying the algorithm on the
 * model's own values, and checks the boxed answer.
 */
public final class Verifier {
  private Verifier() {}

  /**
   * Verifies one output.
   *
   * @param task the task
   * @param instance the instance the model was asked about
   * @param variant the variant the model was trained on (its format is used to parse)
   * @param rawOutput the model's whole output
   * @param mode how to check steps
   */
  public static <I> Verification verify(
      Task<I> task, I instance, Variant variant, String rawOutput, Mode mode) {
    Recorder recorder = new Recorder(true);
    Answer reference = task.solve(instance, recorder);
    ModelOutput out = ModelOutput.of(rawOutput);
    Optional<String> boxed = out.boxed().map(b -> task.unboxed(b, instance, variant.id()));
    boolean answerCorrect =
        boxed.map(b -> task.answerKind().accepts(reference.json(), b)).orElse(false);

    if (!variant.hasCot()) {
      StepError err =
          answerCorrect
              ? null
              : new StepError(
                  0, 0, ErrorType.ANSWER, boxed.isPresent() ? "wrong answer" : "no boxed answer");
      return new Verification(
          mode, false, true, 0, 0, 0, 0, err, boxed.isPresent(), answerCorrect);
    }

    List<Event> refEvents = variant.project(recorder.trace().events());
    int refSteps = Steps.starts(refEvents).size();
    ParsedTrace parsed = variant.format().parse(out.cot());
    int modelSteps = parsed.events().isEmpty() ? 0 : Steps.starts(parsed.events()).size();

    int correct;
    StepError first;
    Answer implied = reference;
    if (mode == Mode.REFERENCE) {
      var o = ReferenceCheck.run(refEvents, recorder.initialMemory(), parsed);
      correct = o.correctSteps();
      first = o.firstError();
    } else {
      Replayer r =
          new Replayer(variant, parsed.events(), parsed.lines(), 4L * refEvents.size() + 10_000);
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
      correct = r.correctSteps();
      first = r.firstError();
      if (!parsed.errors().isEmpty()) {
        var pe = parsed.errors().get(0);
        StepError parseErr =
            new StepError(
                Steps.stepOf(Steps.starts(parsed.events()), Math.max(0, pe.eventIndex() - 1)),
                pe.line(),
                ErrorType.FORMAT,
                pe.message() + ": " + pe.text());
        if (first == null || parseErr.line() < first.line() || first.line() == 0) {
          first = parseErr;
        }
        correct = Math.min(correct, Math.max(0, modelSteps - parsed.errors().size()));
      }
    }
    if (first == null) {
      Answer follows = implied;
      boolean consistent =
          follows != null
              && boxed.map(b -> task.answerKind().accepts(follows.json(), b)).orElse(false);
      if (!answerCorrect || !consistent) {
        first =
            new StepError(
                Math.max(0, modelSteps - 1),
                0,
                ErrorType.ANSWER,
                boxed.isEmpty()
                    ? "no boxed answer"
                    : consistent ? "wrong answer" : "the answer does not follow from the steps");
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
