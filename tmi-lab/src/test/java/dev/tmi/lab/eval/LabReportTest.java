package dev.tmi.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabReportTest {
  @TempDir Path dir;

  private static EvalResult result(String model, int correct) {
    SplitScore s = new SplitScore(10, correct, correct / 10.0, 0.5, 0.5, 0, 0, 100);
    return new EvalResult("bubble-sort", "tail", model, Map.of("S", s, "M", s, "L", s), 1.0);
  }

  @Test
  void twoEvaluationsUnderOneModelNameBothGetACurve() throws Exception {
    // Several seeds of one variant share task, variant, encoding and step.
    Path report =
        LabReport.write(
            dir,
            "two seeds",
            List.of(),
            List.of(result("bubble-sort/tail/rope@10", 3), result("bubble-sort/tail/rope@10", 5)),
            List.of());
    assertThat(Files.readString(report)).contains("<img");
    assertThat(dir.resolve("accuracy.png")).exists();
  }
}
