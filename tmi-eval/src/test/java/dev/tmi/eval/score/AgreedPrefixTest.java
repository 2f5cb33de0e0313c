package dev.tmi.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.format.TraceFormat;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.variant.EventSink;
import dev.tmi.engine.variant.Stage;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.ModelOutput;
import dev.tmi.engine.verify.Verdicts;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.eval.data.EvalSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Parsing against the reference (lines identical to the reference's rendering are taken from the
 * reference, not read) gives what reading every line gives, and so do the verdicts built on it.
 */
class AgreedPrefixTest {

  /** The variant with a format that reads every line: the verifier as it was without the prefix. */
  static Variant readingEveryLine(Variant v) {
    TraceFormat f = v.format();
    TraceFormat plain =
        new TraceFormat() {
          @Override
          public void render(List<Event> events, TextBuffer out) {
            f.render(events, out);
          }

          @Override
          public ParsedTrace parse(String text) {
            return f.parse(text);
          }
        };
    return new Variant(v.id(), v.title(), v.description(), v.stages(), plain);
  }

  @SuppressWarnings("unchecked")
  static <I> List<Event> visibleReference(EvalSample s) {
    Recorder r = new Recorder();
    ((Task<I>) s.task()).solve((I) s.instance(), r);
    return s.variant().visible(r.trace().events());
  }

  @SuppressWarnings("unchecked")
  static <I> Verdicts verdicts(EvalSample s, Variant v, String text) {
    return Verifier.verifyBoth((Task<I>) s.task(), (I) s.instance(), v, text);
  }

  /** Edits that the line-level mutations do not make: line ends, spacing, non-ASCII text. */
  static String edit(String text, Random rng) {
    if (text.isEmpty()) {
      return text;
    }
    int at = rng.nextInt(text.length() + 1);
    return switch (rng.nextInt(6)) {
      case 0 -> text.replace("\n", "\r\n");
      case 1 -> text.substring(0, at) + " " + text.substring(at);
      case 2 -> text.substring(0, at) + "\u00e9\u4e2d" + text.substring(at);
      case 3 -> text.substring(0, at) + "\ud800" + text.substring(at);
      case 4 -> text.substring(0, at);
      default -> text + "\n";
    };
  }

  private static String output(EvalSample s, long seed, int mutations, boolean edit) {
    Random rng = new Random(seed);
    String text = s.sample().response();
    if (mutations > 0) {
      text = ScorerFuzzTest.mutate(text, rng, mutations);
    }
    return edit ? edit(text, rng) : text;
  }

  @Property(tries = 1500, seed = "2026")
  void parsingAgainstTheReferenceReadsWhatReadingEveryLineReads(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int mutations,
      @ForAll boolean edit) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    String cot = ModelOutput.of(output(s, seed, mutations, edit)).cot();
    TraceFormat f = s.variant().format();
    ParsedTrace every = f.parse(cot);
    List<Event> reference = visibleReference(s);
    assertSameReading(f, every, f.parse(cot, reference));
    // With the sample's own chain of thought as the reference's rendering, as the scorer parses.
    assertThat(s.sample().cot()).isEqualTo(f.render(reference));
    assertSameReading(f, every, f.parse(cot, reference.toArray(new Event[0]), s.sample().cot()));
  }

  private static void assertSameReading(TraceFormat f, ParsedTrace every, ParsedTrace against) {
    assertThat(against.events()).hasSameSizeAs(every.events());
    assertThat(against.lines()).isEqualTo(every.lines());
    assertThat(against.errors()).isEqualTo(every.errors());
    // Events taken from the reference may carry what the format does not show (operand names,
    // groups); what it shows is the same.
    assertThat(f.render(against.events())).isEqualTo(f.render(every.events()));
    for (int k = 0; k < every.events().size(); k++) {
      Event a = against.events().get(k);
      Event e = every.events().get(k);
      assertThat(a.getClass()).isEqualTo(e.getClass());
      assertThat(f.render(List.of(a))).isEqualTo(f.render(List.of(e)));
    }
  }

  @Property(tries = 1000, seed = "31")
  void aRenderingWhoseLinesDoNotLineUpIsIgnored(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int mutations,
      @ForAll @IntRange(min = 0, max = 3) int how) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    String cot = ModelOutput.of(output(s, seed, mutations, false)).cot();
    TraceFormat f = s.variant().format();
    String rendering = s.sample().cot();
    if (how == 1 && rendering.indexOf('\n') < 0) {
      return;
    }
    // One line more or fewer than the reference shows, or text that is not ASCII: the reference
    // is rendered as if no rendering had been given.
    String wrong =
        switch (how) {
          case 0 -> rendering + "\nextra";
          case 1 -> rendering.substring(0, Math.max(0, rendering.lastIndexOf('\n')));
          case 2 -> rendering + "\n";
          default -> rendering.replaceFirst("\n", "\u00e9\n");
        };
    Event[] reference = visibleReference(s).toArray(new Event[0]);
    assertSameReading(f, f.parse(cot), f.parse(cot, reference, wrong));
  }

  @Property(tries = 1000, seed = "4712")
  void verdictsGivenTheSamplesChainOfThoughtAreThoseOfReadingEveryLine(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int mutations,
      @ForAll boolean edit) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    String text = output(s, seed, mutations, edit);
    Verifier.Check given = given(s, text);
    Verdicts every = verdicts(s, readingEveryLine(s.variant()), text);
    assertThat(new Verdicts(given.reference(), given.selfConsistent())).isEqualTo(every);
  }

  @SuppressWarnings("unchecked")
  private static <I> Verifier.Check given(EvalSample s, String text) {
    return Verifier.check(
        (Task<I>) s.task(), (I) s.instance(), s.variant(), text, s.sample().cot());
  }

  @Property(tries = 1500, seed = "4711")
  void verdictsAreThoseOfReadingEveryLine(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int mutations,
      @ForAll boolean edit) {
    assertSameVerdicts(pick, seed, mutations, edit, AgreedPrefixTest::readingEveryLine);
  }

  /** Both modes' verdicts on a (mutated) output are the same with the variant and with other. */
  private static void assertSameVerdicts(
      int pick, long seed, int mutations, boolean edit, UnaryOperator<Variant> other) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    String text = output(s, seed, mutations, edit);
    assertThat(verdicts(s, s.variant(), text))
        .isEqualTo(verdicts(s, other.apply(s.variant()), text));
  }

  /**
   * The variant with one more stage that passes every event on unchanged but is not transparent, so
   * the replay compares each event through the projection instead of accepting exact ones in place.
   */
  static Variant comparedThroughTheProjection(Variant v) {
    Stage passOn =
        new Stage() {
          @Override
          public EventSink wrap(EventSink downstream) {
            return new EventSink() {
              @Override
              public void accept(Event event) {
                downstream.accept(event);
              }

              @Override
              public void end() {
                downstream.end();
              }
            };
          }

          @Override
          public String describe() {
            return "passes every event on";
          }
        };
    List<Stage> stages = new ArrayList<>(v.stages());
    stages.add(passOn);
    return new Variant(v.id(), v.title(), v.description(), stages, v.format());
  }

  @Property(tries = 1500, seed = "31337")
  void acceptingExactEventsInPlaceGivesTheVerdictsOfComparingThem(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int mutations,
      @ForAll boolean edit) {
    assertSameVerdicts(pick, seed, mutations, edit, AgreedPrefixTest::comparedThroughTheProjection);
  }

  @Property(tries = 300, seed = "123")
  void afterALineIsDroppedOrGarbledTheNextStatesAreTakenFromTheReferenceAgain(
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll boolean drop) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().id().equals("tail")) {
      return;
    }
    List<String> lines =
        new ArrayList<>(List.of(ModelOutput.of(s.sample().response()).cot().split("\n")));
    int i = 1 + where % (lines.size() - 1);
    if (drop) {
      lines.remove(i);
    } else {
      lines.set(i, "?!");
    }
    // The second state header after the edit (a tail header has no '=', '<', '>' or arrow).
    int headers = 0;
    int resync = -1;
    for (int l = i; l < lines.size() && resync < 0; l++) {
      String line = lines.get(l);
      if (!line.matches(".*[=<>].*") && !line.contains(" -> ") && ++headers == 2) {
        resync = l + 1;
      }
    }
    List<Event> reference = visibleReference(s);
    java.util.Set<Event> fromReference =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    fromReference.addAll(reference);
    ParsedTrace parsed = s.variant().format().parse(String.join("\n", lines), reference);
    for (int k = 0; k < parsed.events().size(); k++) {
      if (parsed.line(k) < i + 1 || (resync > 0 && parsed.line(k) >= resync)) {
        assertThat(fromReference.contains(parsed.events().get(k)))
            .as("event %d, line %d is the reference's", k, parsed.line(k))
            .isTrue();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aRevisitedStateReAlignsWhereTheModelStands() {
    int checked = 0;
    for (EvalSample s : ScorerFuzzTest.SAMPLES) {
      if (!s.variant().id().equals("tail")) {
        continue;
      }
      List<String> lines = List.of(ModelOutput.of(s.sample().response()).cot().split("\n"));
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int h = 1; h < lines.size(); h++) {
        String line = lines.get(h);
        boolean header = !line.matches(".*[=<>].*") && !line.contains(" -> ");
        if (!header || seen.add(line)) {
          continue;
        }
        // A revisited state: drop the transition before it, so that its header is read one line
        // early; the lines of its step must still be the reference's.
        List<String> edited = new ArrayList<>(lines);
        edited.remove(h - 1);
        List<Event> reference = visibleReference(s);
        java.util.Set<Event> fromReference =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        fromReference.addAll(reference);
        ParsedTrace parsed = s.variant().format().parse(String.join("\n", edited), reference);
        int stepEnd = h;
        while (stepEnd < edited.size() && !edited.get(stepEnd).contains(" -> ")) {
          stepEnd++;
        }
        for (int k = 0; k < parsed.events().size(); k++) {
          int l = parsed.line(k);
          if (l > h && l <= stepEnd) {
            assertThat(fromReference.contains(parsed.events().get(k)))
                .as("%s: event %d, line %d is the reference's", s.id(), k, l)
                .isTrue();
          }
        }
        checked++;
        break;
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  @Property(tries = 200, seed = "99")
  void aReferenceOutputIsTakenWholeFromTheReference(
      @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    EvalSample s = ScorerFuzzTest.SAMPLES.get(pick % ScorerFuzzTest.SAMPLES.size());
    if (!s.variant().hasCot()) {
      return;
    }
    List<Event> reference = visibleReference(s);
    ParsedTrace parsed =
        s.variant().format().parse(ModelOutput.of(s.sample().response()).cot(), reference);
    assertThat(parsed.clean()).isTrue();
    assertThat(parsed.events()).hasSameSizeAs(reference);
    for (int k = 0; k < reference.size(); k++) {
      assertThat(parsed.events().get(k)).isSameAs(reference.get(k));
    }
  }
}
