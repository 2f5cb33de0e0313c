package dev.tmi.engine.verify;

import dev.tmi.engine.format.ParseError;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Write;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Compares a model's steps with the reference execution's, step k with step k. */
final class ReferenceCheck {
  private ReferenceCheck() {}

  /** The outcome: correct steps and the first error. */
  record Outcome(int referenceSteps, int modelSteps, int correctSteps, StepError firstError) {}

  /**
   * @param ref the reference's visible events
   * @param inputs the reference's inputs
   * @param parsed the model's parsed output
   * @param model its events, as an array (arrays, not lists: this walks every event of both traces,
   *     and list views cost more per event than the comparison itself)
   */
  static Outcome run(
      Event[] ref, Supplier<Map<String, String>> inputs, ParsedTrace parsed, Event[] model) {
    if (parsed.clean() && sameObjects(ref, model)) {
      // Every line read as the reference's (the parser took its events): every step is right.
      int steps = Steps.count(ref);
      return new Outcome(steps, steps, steps, null);
    }
    int[] refStarts = Steps.starts(ref);
    int[] modelStarts = Steps.starts(model);
    int refSteps = ref.length == 0 ? 0 : refStarts.length;
    int modelSteps = model.length == 0 ? 0 : modelStarts.length;
    ParseError[] badSteps = badSteps(parsed.errors(), modelStarts);
    // The reference's writes over the inputs: named operands are looked up here, and copying the
    // inputs for every output would cost more than the lookups.
    Map<String, String> written = new HashMap<>();
    Function<String, String> memory =
        name -> {
          String v = written.get(name);
          return v != null ? v : inputs.get().get(name);
        };
    int correct = 0;
    StepError first = null;
    int n = Math.max(refSteps, modelSteps);
    for (int k = 0; k < n; k++) {
      // Only the first error is reported, so later wrong steps are counted without their message.
      StepError err = null;
      boolean wrong = true;
      if (k >= modelSteps) {
        if (first == null) {
          err = new StepError(k, 0, ErrorType.TRANSITION, "step " + k + " is missing");
        }
      } else if (badSteps != null && badSteps[k] != null) {
        if (first == null) {
          ParseError pe = badSteps[k];
          err = new StepError(k, pe.line(), ErrorType.FORMAT, pe.message() + ": " + pe.text());
        }
      } else if (k >= refSteps) {
        if (first == null) {
          int line = parsed.line(modelStarts[k]);
          err = new StepError(k, line, ErrorType.FORMAT, "extra step after the halting state");
        }
      } else {
        int rFrom = refStarts[k];
        int rSize = end(refStarts, k, ref.length) - rFrom;
        int mFrom = modelStarts[k];
        int mSize = end(modelStarts, k, model.length) - mFrom;
        err =
            compareStep(
                ref, rFrom, rSize, model, mFrom, mSize, k, k == modelSteps - 1, parsed, memory);
        wrong = err != null;
      }
      if (k < refSteps) {
        // Memory is the reference's at every step, whatever the model made of the steps before:
        // a step it garbled must not make later operands it names look wrong.
        int rEnd = end(refStarts, k, ref.length);
        for (int i = refStarts[k]; i < rEnd; i++) {
          if (ref[i] instanceof Write w) {
            written.put(w.name(), w.value());
          }
        }
      }
      if (!wrong) {
        correct++;
      } else if (first == null) {
        first = err;
      }
    }
    return new Outcome(refSteps, modelSteps, correct, first);
  }

  /** Whether both hold the same objects, in the same order. */
  private static boolean sameObjects(Event[] a, Event[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first difference between reference step {@code k} and the model's, or {@code null}. */
  private static StepError compareStep(
      Event[] ref,
      int rFrom,
      int rSize,
      Event[] model,
      int mFrom,
      int mSize,
      int k,
      boolean lastModelStep,
      ParsedTrace parsed,
      Function<String, String> memory) {
    for (int i = 0; i < Math.max(rSize, mSize); i++) {
      if (i >= mSize) {
        return new StepError(
            k,
            parsed.line(mFrom + mSize - 1),
            lastModelStep ? ErrorType.FORMAT : ErrorType.TRANSITION,
            lastModelStep
                ? "the output ends inside the step (truncated)"
                : "missing " + EventDiff.kind(ref[rFrom + i]));
      }
      if (i >= rSize) {
        return new StepError(k, parsed.line(mFrom + i), ErrorType.FORMAT, "unexpected extra event");
      }
      if (ref[rFrom + i] == model[mFrom + i]) {
        // Taken from the reference by the parser (the model's line read exactly as rendered).
        continue;
      }
      EventDiff.Diff d = EventDiff.compare(ref[rFrom + i], model[mFrom + i], memory);
      if (d != null) {
        return new StepError(k, parsed.line(mFrom + i), d.type(), d.detail());
      }
    }
    return null;
  }

  /** The end (exclusive) of step {@code k}. */
  private static int end(int[] starts, int k, int size) {
    return k + 1 < starts.length ? starts[k + 1] : size;
  }

  /**
   * The first parse error of each model step, indexed by step (an array: a map keyed by boxed step
   * numbers cost an allocation per step looked up), or {@code null} when the output parsed cleanly.
   */
  private static ParseError[] badSteps(List<ParseError> errors, int[] modelStarts) {
    if (errors.isEmpty()) {
      return null;
    }
    ParseError[] bad = new ParseError[Math.max(1, modelStarts.length)];
    for (ParseError e : errors) {
      int step = e.eventIndex() == 0 ? 0 : Steps.stepOf(modelStarts, e.eventIndex() - 1);
      if (bad[step] == null) {
        bad[step] = e;
      }
    }
    return bad;
  }
}
