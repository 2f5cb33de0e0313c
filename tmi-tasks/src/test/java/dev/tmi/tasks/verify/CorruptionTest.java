package dev.tmi.tasks.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.variant.Variants;
import dev.tmi.engine.verify.ErrorType;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.tasks.simulation.Addition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of corruption of a reference output is classified as the error it is. */
class CorruptionTest {
  private final Addition task = new Addition();
  private final Addition.Instance in = new Addition.Instance("4785.25", "918.9");

  private String reference(Variant v) {
    Recorder r = new Recorder();
    var answer = task.solve(in, r);
    return Sample.response(v.render(r.trace().events()), answer.boxed());
  }

  private Verification verify(String output, Mode mode) {
    return Verifier.verify(task, in, Variants.TAIL, output, mode);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void referenceOutputIsPerfect(Mode mode) {
    Verification v = verify(reference(Variants.TAIL), mode);
    assertThat(v.perfect()).isTrue();
    assertThat(v.stepAccuracy()).isEqualTo(1.0);
    assertThat(v.referenceSteps()).isEqualTo(7);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWrongOperandIsAFetchError(Mode mode) {
    // col2 fetches a2=5, b2=8; state that a2 is 6.
    String bad = reference(Variants.TAIL).replace("a2=5, b2=8", "a2=6, b2=8");
    Verification v = verify(bad, mode);
    assertThat(v.firstError().type()).isEqualTo(ErrorType.FETCH);
    assertThat(v.firstError().step()).isEqualTo(2);
    assertThat(v.firstError().line()).isGreaterThan(0);
    assertThat(v.answerCorrect()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWrongSumIsAComputeError(Mode mode) {
    String bad = reference(Variants.TAIL).replace("5+8+1=14", "5+8+1=15");
    Verification v = verify(bad, mode);
    assertThat(v.firstError().type()).isEqualTo(ErrorType.COMPUTE);
    assertThat(v.firstError().step()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSkippedStepIsATransitionError(Mode mode) {
    List<String> lines = new ArrayList<>(Arrays.asList(reference(Variants.TAIL).split("\n")));
    int start = lines.indexOf("col3");
    int end = lines.indexOf("col4");
    // Drop state col3 and make col2 jump straight to col4.
    lines.subList(start, end).clear();
    lines.set(start - 1, "col2 -> col4");
    Verification v = verify(String.join("\n", lines), mode);
    assertThat(v.firstError().type()).isEqualTo(ErrorType.TRANSITION);
    assertThat(v.firstError().step()).isEqualTo(2);
    assertThat(v.stepAccuracy()).isLessThan(1.0);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTruncatedOutputIsAFormatError(Mode mode) {
    String ref = reference(Variants.TAIL);
    String bad = ref.substring(0, ref.indexOf("col4\na4=7, b4=9, carry=1\n") + 24);
    Verification v = verify(bad, mode);
    assertThat(v.answerFound()).isFalse();
    assertThat(v.firstError().type()).isEqualTo(ErrorType.FORMAT);
    assertThat(v.firstError().detail()).contains("truncated");
    assertThat(v.firstError().step()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMissingBoxIsAnAnswerError(Mode mode) {
    String ref = reference(Variants.TAIL);
    String bad = ref.substring(0, ref.lastIndexOf("\\boxed{"));
    Verification v = verify(bad, mode);
    assertThat(v.firstError().type()).isEqualTo(ErrorType.ANSWER);
    assertThat(v.answerFound()).isFalse();
    assertThat(v.stepAccuracy()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWrongBoxedAnswerIsAnAnswerError(Mode mode) {
    String bad = reference(Variants.TAIL).replace("\\boxed{5704.15}", "\\boxed{5704.16}");
    Verification v = verify(bad, mode);
    assertThat(v.firstError().type()).isEqualTo(ErrorType.ANSWER);
    assertThat(v.answerCorrect()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUnreadableLineIsAFormatError(Mode mode) {
    String bad =
        reference(Variants.TAIL).replace("5+8+1=14", "five plus eight plus one is fourteen");
    Verification v = verify(bad, mode);
    assertThat(v.parses()).isFalse();
    assertThat(v.firstError().type()).isEqualTo(ErrorType.FORMAT);
    assertThat(v.firstError().step()).isEqualTo(2);
  }

  @org.junit.jupiter.api.Test
  void anUnreadableStepDoesNotMakeTheNextStepsNamedOperandsWrong() {
    // Without the Memory Fetcher, col2 names carry, which col1 wrote. col1's writes are garbled:
    // that step is a format error, and col2 is still checked against the reference's memory, in
    // which carry is 1.
    Variant v = Variants.NO_FETCHER;
    String bad = reference(v).replace("s1:=1, carry:=1", "s1:=1, carry:=");
    Verification strict = Verifier.verify(task, in, v, bad, Mode.REFERENCE);
    assertThat(strict.parses()).isFalse();
    assertThat(strict.firstError().type()).isEqualTo(ErrorType.FORMAT);
    assertThat(strict.firstError().step()).isEqualTo(1);
    assertThat(strict.correctSteps()).isEqualTo(strict.referenceSteps() - 1);
  }

  @org.junit.jupiter.api.Test
  void selfConsistencyCountsOneSlipOnce() {
    // A wrong carry written in col1 propagates: reference mode marks every later step wrong,
    // self-consistent mode only the step with the slip (the model's later steps follow from it).
    String ref = reference(Variants.TAIL);
    String bad =
        ref.replace("2+9+0=11\ns1:=1, carry:=1", "2+9+0=12\ns1:=2, carry:=1")
            .replace("\\boxed{5704.15}", "\\boxed{5704.25}")
            .replace("s1=1", "s1=2")
            .replace("ans:=5704.15", "ans:=5704.25");
    Verification strict = verify(bad, Mode.REFERENCE);
    Verification self = verify(bad, Mode.SELF_CONSISTENT);
    assertThat(strict.firstError().type()).isEqualTo(ErrorType.COMPUTE);
    assertThat(self.firstError().type()).isEqualTo(ErrorType.COMPUTE);
    assertThat(self.firstError().step()).isEqualTo(1);
    assertThat(self.correctSteps()).isEqualTo(strict.referenceSteps() - 1);
    assertThat(strict.correctSteps()).isLessThan(self.correctSteps());
    assertThat(self.answerCorrect()).isFalse();
  }
}
