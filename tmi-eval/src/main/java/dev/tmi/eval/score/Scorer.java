package dev.tmi.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Boxed;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.machine.StateCounter;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.ResponseRecord;
import java.util.List;
import java.util.Optional;

/**
 * Scores one response deterministically: extracts the last {@code \boxed{}}, compares it with the
 * reference canonically through the task's {@link AnswerKind}, and verifies the chain of thought
 * step by step with the engine's {@link Verifier} in both modes. Never throws on model output; the
 * verifier's contract is to report, not to fail.
 */
public final class Scorer {
  private final boolean stripThink;
  private final boolean shortcuts;

  /**
   * @param stripThink whether {@code <think>} sections are reasoning only (the answer must follow
   *     them)
   */
  public Scorer(boolean stripThink) {
    this(stripThink, true);
  }

  /**
   * @param stripThink whether {@code <think>} sections are reasoning only
   * @param shortcuts whether to skip work whose verdict is known: a chain of thought identical to
   *     the reference one verifies perfect in both modes, and one that verifies perfect against the
   *     reference also does self-consistently (the replay sees the same events). Off only to
   *     measure the full verifier.
   */
  public Scorer(boolean stripThink, boolean shortcuts) {
    this.stripThink = stripThink;
    this.shortcuts = shortcuts;
  }

  /** Scores one response to one sample. */
  public ScoreRecord score(EvalSample s, ResponseRecord r) {
    ThinkSplit split = ThinkSplit.of(r.text(), r.reasoning(), stripThink);
    Optional<String> boxed = Boxed.last(split.answerText());
    JsonNode expected = s.sample().answer();
    boolean correct = boxed.map(b -> accepts(s, expected, b)).orElse(false);

    Variant v = s.variant();
    boolean hasCot = v.hasCot();
    StepCheck ref = null;
    StepCheck self = null;
    boolean parses = true;
    int parseErrors = 0;
    int refSteps = 0;
    int modelSteps = 0;
    String cot = cotOf(split.cot());
    if (r.truncated() && boxed.isEmpty()) {
      // The last line of a cut-off output is incomplete ("v4=1" of "v4=15"): judging it would
      // report a wrong value where there is only an end. The truncation is reported instead.
      cot = withoutLastLine(cot);
    }
    if (hasCot) {
      // The verifier reads the reasoning, then the box we found (or none), so both modes see the
      // same answer as the deterministic scorer.
      if (shortcuts
          && (correct || boxed.isEmpty() || unboxes(s.task(), s.instance(), v.id(), boxed.get()))
          && sameText(cot, s.sample().cot())) {
        // The reference's own steps: right in both modes, whatever the box says. (A box the task
        // cannot even unbox makes the full verifier give up, so it takes the full path.)
        refSteps = referenceSteps(s);
        modelSteps = refSteps;
        ref =
            check(Verifier.ofReferenceSteps(Mode.REFERENCE, refSteps, boxed.isPresent(), correct));
        self = ref;
      } else {
        Verifier.Check checks =
            check(
                s.task(),
                s.instance(),
                v,
                withBox(cot, boxed),
                s.cotIsRendering() ? referenceCot(s.sample().cot()) : null);
        // Prose after the halting state ("so the answer is ...") is the answer area, not a wrong
        // step: where the first error is that prose, the text without it is judged. The trimmed
        // check comes from the reference execution and the parse the check already made, and its
        // verdict tells whether the untrimmed one would start with the prose, without computing it.
        Verifier.Check trimmed = checks.withoutProseAfterHalt().orElse(null);
        Verification vr = trimmed == null ? null : trimmed.reference();
        if (vr != null && Verifier.proseComesFirst(vr)) {
          checks = trimmed;
        } else {
          vr = checks.reference();
        }
        parses = vr.parses();
        parseErrors = vr.parseErrors();
        refSteps = vr.referenceSteps();
        modelSteps = vr.modelSteps();
        ref = check(vr);
        if (shortcuts && vr.perfect()) {
          self = ref;
        } else {
          self = check(selfConsistent(checks));
        }
      }
    }
    return new ScoreRecord(
        s.id(),
        s.sample().task(),
        s.sample().algorithmClass(),
        s.split().name(),
        v.id(),
        s.sample().lengths(),
        boxed.isPresent(),
        correct,
        boxed.orElse(null),
        expected,
        r.finishReason(),
        r.truncated(),
        r.promptTokens(),
        r.completionTokens(),
        r.text().length() + (r.reasoning() == null ? 0 : r.reasoning().length()),
        countLines(cot),
        r.latencyMs(),
        hasCot,
        parses,
        parseErrors,
        refSteps,
        modelSteps,
        ref,
        self,
        null);
  }

  /** Whether a boxed text is the reference answer. */
  public static boolean accepts(EvalSample s, JsonNode expected, String boxed) {
    return acceptsTyped(s.task(), s.instance(), s.variant().id(), expected, boxed);
  }

  @SuppressWarnings("unchecked")
  private static <I> boolean acceptsTyped(
      Task<I> task, Object instance, String variant, JsonNode expected, String boxed) {
    try {
      String plain = task.unboxed(boxed, (I) instance, variant);
      return task.answerKind().accepts(expected, plain);
    } catch (RuntimeException e) {
      // A task's unboxing may reject what a model wrote; that is a wrong answer, not a crash.
      return false;
    }
  }

  /** Whether the task can read a boxed text at all, right or wrong. */
  @SuppressWarnings("unchecked")
  private static <I> boolean unboxes(Task<I> task, Object instance, String variant, String boxed) {
    try {
      task.unboxed(boxed, (I) instance, variant);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static <I> Verifier.Check check(
      Task<I> task, Object instance, Variant v, String output, String referenceCot) {
    try {
      return guarded(Verifier.check(task, (I) instance, v, output, referenceCot));
    } catch (RuntimeException | StackOverflowError e) {
      Verification failed = unverifiable(Mode.REFERENCE, e);
      return new Verifier.Check() {
        @Override
        public Verification reference() {
          return failed;
        }

        @Override
        public Verification selfConsistent() {
          return unverifiable(Mode.SELF_CONSISTENT, e);
        }
      };
    }
  }

  /** A check whose failures become unverifiable verdicts instead of exceptions. */
  private static Verifier.Check guarded(Verifier.Check c) {
    return new Verifier.Check() {
      @Override
      public Verification reference() {
        return guarded(c::reference, Mode.REFERENCE);
      }

      @Override
      public Verification selfConsistent() {
        return guarded(c::selfConsistent, Mode.SELF_CONSISTENT);
      }

      @Override
      public Optional<Verifier.Check> withoutProseAfterHalt() {
        try {
          return c.withoutProseAfterHalt().map(Scorer::guarded);
        } catch (RuntimeException | StackOverflowError e) {
          return Optional.empty();
        }
      }
    };
  }

  private static Verification selfConsistent(Verifier.Check checks) {
    return checks.selfConsistent();
  }

  private static Verification guarded(java.util.function.Supplier<Verification> run, Mode mode) {
    try {
      return run.get();
    } catch (RuntimeException | StackOverflowError e) {
      return unverifiable(mode, e);
    }
  }

  private static Verification unverifiable(Mode mode, Throwable e) {
    // One pathological output must not stop the scoring of thousands; it is reported as a
    // format error at step 0 (the fuzz tests call the verifier directly to catch such bugs).
    return new Verification(
        mode,
        true,
        false,
        1,
        0,
        0,
        0,
        new dev.tmi.engine.verify.StepError(
            0, 0, ErrorType.FORMAT, "the verifier could not check this output: " + e),
        false,
        false);
  }

  private static StepCheck check(Verification v) {
    return new StepCheck(
        v.correctSteps(), v.stepAccuracy(), FirstError.of(v.firstError(), v.referenceSteps()));
  }

  /**
   * A sample's chain of thought without the think tags synthesis may wrap it in: the variant's
   * rendering of the reference execution, which the sample's answer and the shortcut for outputs
   * identical to it are trusted with too.
   */
  static String referenceCot(String cot) {
    if (cot != null && cot.startsWith(THINK_OPEN) && cot.endsWith(THINK_CLOSE)) {
      return cot.substring(THINK_OPEN.length(), cot.length() - THINK_CLOSE.length());
    }
    return cot;
  }

  private static final String THINK_OPEN = "<think>\n";
  private static final String THINK_CLOSE = "\n</think>";

  private static String withoutLastLine(String s) {
    if (s.endsWith("\n")) {
      return s;
    }
    int nl = s.lastIndexOf('\n');
    return nl < 0 ? "" : s.substring(0, nl);
  }

  private static String withBox(String cot, Optional<String> boxed) {
    return boxed.map(b -> cot + "\n" + Boxed.wrap(b)).orElse(cot);
  }

  /** Whether two chains of thought are the same text, up to line endings and outer space. */
  static boolean sameText(String a, String b) {
    if (b == null) {
      return false;
    }
    // Asked of every output whose box is readable, most of which differ from the reference: the
    // stripped texts are compared in place, and copies are made only if a text has a '\r'.
    int af = stripStart(a);
    int at = stripEnd(a, af);
    int bf = stripStart(b);
    int bt = stripEnd(b, bf);
    if (at - af == bt - bf && stripped(a, af, at).equals(stripped(b, bf, bt))) {
      return true;
    }
    if (a.indexOf('\r') < 0 && b.indexOf('\r') < 0) {
      return false;
    }
    return a.substring(af, at)
        .replace("\r\n", "\n")
        .equals(b.substring(bf, bt).replace("\r\n", "\n"));
  }

  /**
   * {@code s[from, to)}, a copy only if that is not the whole text: {@code String.equals} compares
   * many characters at a time, where {@code regionMatches} compares one by one, and two copies and
   * an {@code equals} cost less than that on the texts of a few thousand characters that differ
   * late.
   */
  private static String stripped(String s, int from, int to) {
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  /** Where {@link String#strip} would start. */
  private static int stripStart(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  /** Where {@link String#strip} would end, given where it starts. */
  private static int stripEnd(String s, int from) {
    int i = s.length();
    while (i > from && Character.isWhitespace(s.codePointBefore(i))) {
      i -= Character.charCount(s.codePointBefore(i));
    }
    return i;
  }

  /** The atomic states of the reference execution, as the variant shows them. */
  static int referenceSteps(EvalSample s) {
    if (s.variant().keepsEveryState()) {
      // The shown steps are the execution's states: counting them needs the run, not a recording.
      StateCounter counter = new StateCounter();
      solve(s.task(), s.instance(), counter);
      return counter.states();
    }
    Recorder r = new Recorder();
    solve(s.task(), s.instance(), r);
    return recordedSteps(s.variant().visible(r.trace().events()));
  }

  /** The steps of shown events, counted as the verifier counts them. */
  static int recordedSteps(List<Event> events) {
    // Events before the first state form a step of their own.
    int n = events.isEmpty() || events.get(0) instanceof State ? 0 : 1;
    for (Event e : events) {
      if (e instanceof State) {
        n++;
      }
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static <I> void solve(Task<I> task, Object instance, Machine m) {
    task.solve((I) instance, m);
  }

  /** The reasoning part: everything before the last box. */
  private static String cotOf(String text) {
    int at = Boxed.lastOpen(text);
    return (at >= 0 && Boxed.last(text).isPresent()) ? text.substring(0, at) : text;
  }

  /**
   * The lines with something other than white space on them, in one pass over the characters: most
   * lines start with their content, so after a line's first character only line breaks are looked
   * for. (One {@code indexOf} per line cost more than the scan: the lines are a few characters.)
   */
  static int countLines(String s) {
    int n = 0;
    boolean filled = false;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        n += filled ? 1 : 0;
        filled = false;
      } else if (!filled) {
        filled = !Character.isWhitespace(c);
      }
    }
    n += filled ? 1 : 0;
    return n;
  }
}
