package dev.tmi.engine.verify;

import dev.tmi.engine.format.ParseError;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.trace.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Compares a model's steps with the reference execution's, step k with step k. */
final class ReferenceCheck {
  private ReferenceCheck() {}

  /** The outcome: correct steps and the first error. */
  record Outcome(int referenceSteps, int modelSteps, int correctSteps, StepError firstError) {}

  static Outcome run(List<Event> reference, Map<String, String> inputs, ParsedTrace parsed) {
    List<Event> model = parsed.events();
    int[] refStarts = Steps.starts(reference);
    int[] modelStarts = Steps.starts(model);
    int refSteps = reference.isEmpty() ? 0 : refStarts.length;
    int modelSteps = model.isEmpty() ? 0 : modelStarts.length;
    Map<Integer, ParseError> badSteps = new HashMap<>();
    for (ParseError e : parsed.errors()) {
      int step = e.eventIndex() == 0 ? 0 : Steps.stepOf(modelStarts, e.eventIndex() - 1);
      badSteps.putIfAbsent(step, e);
    }
    // The reference's writes over the inputs: named operands are looked up here, and copying the
    // inputs for every output would cost more than the lookups.
    Map<String, String> written = new HashMap<>();
    Function<String, String> memory =
        name -> {
          String v = written.get(name);
          return v != null ? v : inputs.get(name);
        };
    int correct = 0;
    StepError first = null;
    int n = Math.max(refSteps, modelSteps);
    for (int k = 0; k < n; k++) {
      StepError err = null;
      if (k >= modelSteps) {
        err = new StepError(k, 0, ErrorType.TRANSITION, "step " + k + " is missing");
      } else if (badSteps.containsKey(k)) {
        ParseError pe = badSteps.get(k);
        err = new StepError(k, pe.line(), ErrorType.FORMAT, pe.message() + ": " + pe.text());
      } else if (k >= refSteps) {
        int line = parsed.line(modelStarts[k]);
        err = new StepError(k, line, ErrorType.FORMAT, "extra step after the halting state");
      } else {
        List<Event> r = Steps.step(reference, refStarts, k);
        List<Event> m = Steps.step(model, modelStarts, k);
        int from = modelStarts[k];
        for (int i = 0; i < Math.max(r.size(), m.size()) && err == null; i++) {
          if (i >= m.size()) {
            boolean last = k == modelSteps - 1;
            err =
                new StepError(
                    k,
                    parsed.line(from + m.size() - 1),
                    last ? ErrorType.FORMAT : ErrorType.TRANSITION,
                    last
                        ? "the output ends inside the step (truncated)"
                        : "missing " + EventDiff.kind(r.get(i)));
          } else if (i >= r.size()) {
            err =
                new StepError(k, parsed.line(from + i), ErrorType.FORMAT, "unexpected extra event");
          } else {
            EventDiff.Diff d = EventDiff.compare(r.get(i), m.get(i), memory);
            if (d != null) {
              err = new StepError(k, parsed.line(from + i), d.type(), d.detail());
            }
          }
        }
        for (Event e : r) {
          if (e instanceof dev.tmi.engine.trace.Write w) {
            written.put(w.name(), w.value());
          }
        }
      }
      if (err == null) {
        correct++;
      } else if (first == null) {
        first = err;
      }
    }
    return new Outcome(refSteps, modelSteps, correct, first);
  }
}
