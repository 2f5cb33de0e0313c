package dev.tmi.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.format.CompactFormat;
import dev.tmi.lab.experiment.TraceFields.Field;
import org.junit.jupiter.api.Test;

class TraceFieldsTest {
  /** The field of each character, one letter per field, '.' for structure. */
  private static String letters(String response) {
    Field[] f = TraceFields.classify(response, CompactFormat.INSTANCE);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      sb.append(
          response.charAt(i) == '\n'
              ? '\n'
              : switch (f[i]) {
                case STATE -> 'S';
                case NEXT_STATE -> 'N';
                case FETCH_NAME -> 'f';
                case FETCH_VALUE -> 'F';
                case OPERANDS -> 'o';
                case RESULT -> 'R';
                case WRITE_NAME -> 'w';
                case WRITE_VALUE -> 'W';
                case ANSWER -> 'A';
                case STRUCTURE -> '.';
              });
    }
    return sb.toString();
  }

  @Test
  void everyPartOfACompactAdditionStepGetsItsField() {
    String response =
        String.join(
            "\n",
            "col0",
            "a0=4,b0=7,carry=0",
            "4+7+0=11",
            "s0:=1,carry:=1",
            ">col1",
            "a1=12,b1=0,carry=1",
            "12>0",
            "'h'!='p'",
            ">F",
            "\\boxed{-41.5}");
    assertThat(letters(response))
        .isEqualTo(
            String.join(
                "\n",
                "SSSS",
                "ff.F.ff.F.fffff.F",
                "ooooooRR",
                "ww..W.wwwww..W",
                ".NNNN",
                "ff.FF.ff.F.fffff.F",
                "ooRo",
                "oooRRooo",
                ".N",
                ".......AAAAA."));
  }

  @Test
  void linesTheParserCannotReadAreStructure() {
    assertThat(letters("col0\na0 := :=\na0=")).isEqualTo("SSSS\n........\n...");
  }
}
