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

  /** The rule for cell names, with the JDK's Unicode character classes throughout. */
  private static boolean plainNameRule(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    int depth = 0;
    for (char c : name.substring(1).toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth < 0) {
        return false;
      } else if (c != ']'
          && !(Character.isLetterOrDigit(c) || c == '_' || (depth > 0 && c == ','))) {
        return false;
      }
    }
    return depth == 0 && !name.equals("inf") && !name.equals("max") && !name.equals("min");
  }

  @Property(tries = 5000)
  void aNameIsValidExactlyWhenTheUnicodeRuleSaysSo(
      @ForAll
          @StringLength(max = 8)
          @CharRange(from = 0, to = 130)
          @Chars({'\u00e9', '\u4e2d', '\u0663'})
          String name) {
    assertThat(Labels.isName(name)).as(name).isEqualTo(plainNameRule(name));
  }

  @Test
  void everyCharacterBelow128InANameIsJudgedAsTheUnicodeRuleJudgesIt() {
    for (char c = 0; c < 128; c++) {
      for (String name : new String[] {c + "x", "a" + c + "1", "a[" + c + "]"}) {
        assertThat(Labels.isName(name)).as("%s", name).isEqualTo(plainNameRule(name));
      }
    }
    assertThat(Labels.isName("dp[9][5]")).isTrue();
    assertThat(Labels.isName("relax[2,1]")).isTrue();
    assertThat(Labels.isName("inf")).isFalse();
  }
}
