package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The memory of passed strings answers as the rule does, and spares the rule repeated instances.
 */
class ValidatedTest {
  private final Validated names = new Validated(Labels::isName);
  private final Validated labels = new Validated(Labels::isValid);

  @Property(tries = 3000)
  void answersAsTheRule(@ForAll String s) {
    for (int round = 0; round < 2; round++) {
      assertThat(names.test(s)).isEqualTo(Labels.isName(s));
      assertThat(labels.test(s)).isEqualTo(Labels.isValid(s));
      // An equal string that is another instance gets the same answer.
      assertThat(names.test(new String(s))).isEqualTo(Labels.isName(s));
    }
  }

  @Test
  void checksEachInstanceOnceAndNeverRemembersAFailure() {
    AtomicInteger calls = new AtomicInteger();
    Validated counted = counting(calls, Labels::isName);
    String name = "dp[3][7]";
    assertThat(counted.test(name)).isTrue();
    assertThat(counted.test(name)).isTrue();
    assertThat(calls).hasValue(1);
    String bad = "a b";
    assertThat(counted.test(bad)).isFalse();
    assertThat(counted.test(bad)).isFalse();
    assertThat(calls).hasValue(3);
  }

  @Test
  void remembersAFamilyOfLabelsWhoseHashCodesAreEvenlySpaced() {
    AtomicInteger calls = new AtomicInteger();
    Validated counted = counting(calls, Labels::isValid);
    // Labels as prime search names its trial divisions: p<n>d<d>.
    List<String> labels = new ArrayList<>();
    for (int n = 10; n < 100; n++) {
      for (int d = 2; d < 12; d++) {
        labels.add("p" + n + "d" + d);
      }
    }
    for (int pass = 0; pass < 3; pass++) {
      labels.forEach(l -> assertThat(counted.test(l)).isTrue());
    }
    // Nearly every label is checked once: few evict one another.
    assertThat(calls.get()).isLessThan(labels.size() * 11 / 10);
  }

  /** A memo of the rule that counts the rule's calls. */
  private static Validated counting(AtomicInteger calls, Predicate<String> rule) {
    return new Validated(
        s -> {
          calls.incrementAndGet();
          return rule.test(s);
        });
  }
}
