package dev.tmi.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.format.ParsedTrace;
import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.machine.Labels;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What every task must satisfy, checked over at least 10,000 random instances: the answer agrees
 * with an independent, simpler solver; every variant's chain of thought parses back to the events
 * the variant shows; the verifier accepts the reference output in both modes; the instance survives
 * a JSON round trip and validation; the lengths lie in the split's range.
 *
 * <p>A task's test extends this class and supplies the independent solver.
 *
 * @param <I> the instance type
 */
public abstract class TaskContract<I> {
  private static final ObjectMapper JSON = new ObjectMapper();

  // One scribe restarted for each instance this test instance checks, as synthesis does.
  private Scribe reused;
  private List<TextBuffer> reusedOuts;

  /** The task under test. */
  protected abstract Task<I> task();

  /** The answer computed without the task's code, as simply as possible. */
  protected abstract JsonNode independentAnswer(I instance);

  /** How many instances the property checks; at least 10,000. */
  protected int tries() {
    return 10_000;
  }

  @Provide
  Arbitrary<Split> splits() {
    // Mostly S, as training data is; M and L keep the long traces honest.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Split.S)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Split.M)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Split.L)));
  }

  @Property(tries = 10_000, seed = "20260101")
  void everyInstanceSatisfiesTheContract(@ForAll long seed, @ForAll("splits") Split split)
      throws Exception {
    check(Drawn.draw(task(), seed, "contract", Math.floorMod(seed, 1000), split), split);
  }

  /** Runs every check on one drawn instance. */
  protected void check(Drawn<I> d, Split split) throws Exception {
    Task<I> task = task();
    I instance = d.instance();
    task.validate(instance);
    d.task()
        .lengths(instance)
        .values()
        .forEach(n -> assertThat(task.info().range(split).contains(n) || lengthExempt()).isTrue());

    JsonNode asJson = JSON.valueToTree(instance);
    I back = JSON.treeToValue(asJson, task.instanceType());
    assertThat(back).isEqualTo(instance);

    Solution sol = d.solve();
    JsonNode expected = independentAnswer(instance);
    assertThat(task.answerKind().matches(expected, sol.answer().json()))
        .as("answer %s vs independent %s for %s", sol.answer().json(), expected, instance)
        .isTrue();
    assertThat(task.answerKind().accepts(sol.answer().json(), sol.answer().boxed())).isTrue();

    List<Event> events = sol.trace().events();
    for (Event e : events) {
      if (e instanceof State s) {
        assertThat(Labels.isValid(s.label())).as(s.label()).isTrue();
      }
    }
    scribeWritesWhatIsRendered(d, sol);
    for (Variant v : TaskRegistry.variants(task)) {
      String boxed = task.boxed(sol.answer(), instance, v.id());
      assertThat(
              task.answerKind().accepts(sol.answer().json(), task.unboxed(boxed, instance, v.id())))
          .as("variant %s boxes %s", v.id(), boxed)
          .isTrue();
      assertThat(d.query(v.id())).isNotBlank();
      if (!v.hasCot()) {
        continue;
      }
      String cot = v.render(events);
      ParsedTrace parsed = v.format().parse(cot);
      assertThat(parsed.errors()).as("parse errors of %s", v.id()).isEmpty();
      assertThat(parsed.events()).as("round trip of %s", v.id()).isEqualTo(v.project(events));
      if (verifyEvery() > 0 && Math.floorMod(d.index(), verifyEvery()) == 0) {
        String response = Sample.response(cot, boxed);
        for (Mode mode : Mode.values()) {
          Verification ver = Verifier.verify(task, instance, v, response, mode);
          assertThat(ver.firstError()).as("%s %s %s", v.id(), mode, cot).isNull();
          assertThat(ver.perfect()).isTrue();
          assertThat(ver.stepAccuracy()).isEqualTo(1.0);
        }
      }
    }
  }

  /**
   * A scribe writing every variant it can in one run of the algorithm gives each the text rendered
   * from the recording, and the same answer.
   */
  private void scribeWritesWhatIsRendered(Drawn<I> d, Solution sol) {
    List<Variant> written =
        TaskRegistry.variants(task()).stream().filter(v -> v.scribeView().isPresent()).toList();
    assertThat(written)
        .extracting(Variant::id)
        .contains("tail", "tail-styled", "no-fetcher", "no-linear", "no-atomic");
    List<TextBuffer> outs = written.stream().map(v -> TextBuffer.plain()).toList();
    List<Scribe.Page> pages = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      Variant v = written.get(i);
      pages.add(new Scribe.Page(v.format(), v.scribeView().orElseThrow(), outs.get(i)));
    }
    Scribe scribe = new Scribe(pages);
    Answer answer = d.solve(scribe);
    scribe.requireHalted();
    assertThat(answer.json()).isEqualTo(sol.answer().json());
    assertThat(answer.boxed()).isEqualTo(sol.answer().boxed());
    for (int i = 0; i < written.size(); i++) {
      assertThat(outs.get(i).toString())
          .as("scribed %s", written.get(i).id())
          .isEqualTo(written.get(i).render(sol.trace().events()));
    }
    // Synthesis restarts one scribe for every sample: it must write what a fresh one writes.
    if (reused == null) {
      reusedOuts = written.stream().map(v -> TextBuffer.plain()).toList();
      List<Scribe.Page> reusedPages = new ArrayList<>();
      for (int i = 0; i < written.size(); i++) {
        Variant v = written.get(i);
        reusedPages.add(
            new Scribe.Page(v.format(), v.scribeView().orElseThrow(), reusedOuts.get(i)));
      }
      reused = new Scribe(reusedPages);
    }
    reusedOuts.forEach(TextBuffer::reset);
    reused.restart();
    assertThat(d.solve(reused).json()).isEqualTo(sol.answer().json());
    reused.requireHalted();
    for (int i = 0; i < written.size(); i++) {
      assertThat(reusedOuts.get(i).toString())
          .as("restarted scribe, %s", written.get(i).id())
          .isEqualTo(outs.get(i).toString());
    }
  }

  /** Verify one instance in this many (index modulo); the verifier is slower than rendering. */
  protected int verifyEvery() {
    return 4;
  }

  /** Whether lengths may fall outside the split range (a task with derived lengths). */
  protected boolean lengthExempt() {
    return false;
  }

  @Test
  void hasAtLeastTwentyTemplatesThatAllRender() {
    Task<I> task = task();
    assertThat(task.templates().size()).isGreaterThanOrEqualTo(20);
    for (int i = 0; i < task.templates().size() * 20; i++) {
      Drawn<I> d = Drawn.draw(task, 5, "templates", i, Split.S);
      assertThat(d.query("tail")).doesNotContain("{").isNotBlank();
    }
  }

  @Test
  void isRegisteredThroughServiceLoader() {
    assertThat(TaskRegistry.load().find(task().info().id())).isPresent();
  }

  @Test
  void isDeterministic() {
    for (Split s : Split.values()) {
      for (int i = 0; i < 50; i++) {
        Drawn<I> a = Drawn.draw(task(), 11, "det", i, s);
        Drawn<I> b = Drawn.draw(task(), 11, "det", i, s);
        assertThat(a.instance()).isEqualTo(b.instance());
        assertThat(a.query("tail")).isEqualTo(b.query("tail"));
        assertThat(a.solve()).isEqualTo(b.solve());
      }
    }
  }
}
