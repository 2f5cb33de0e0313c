package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LabelsTest {
  /** The rule as written in the documentation of labels, one character test at a time. */
  private static boolean plainRule(String label) {
    if (label.isEmpty() || label.length() > 200 || label.equals("F") || label.endsWith(".")) {
      return false;
    }
    for (char c : label.toCharArray()) {
      if (c <= ' ' || "=:<>\"'".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 5000)
  void aLabelIsValidExactlyWhenThePlainRuleSaysSo(
      @ForAll @StringLength(max = 12) @CharRange(from = 0, to = 130) @Chars({'F', '.', '\u4e2d'})
          String label) {
    assertThat(Labels.isValid(label)).as(label).isEqualTo(plainRule(label));
  }

  @Test
  void everyCharacterBelow128IsJudgedAsThePlainRuleJudgesIt() {
    for (char c = 0; c < 128; c++) {
      String label = "s" + c + "1";
      assertThat(Labels.isValid(label)).as("char %d", (int) c).isEqualTo(plainRule(label));
    }
    assertThat(Labels.isValid("{0,10}")).isTrue();
    assertThat(Labels.isValid("dp[3][7]")).isTrue();
    assertThat(Labels.isValid("F")).isFalse();
    assertThat(Labels.isValid("a->b")).isFalse();
  }
}
