package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildComparisonTest {
  private static final BuildComparison.WarmUp NONE = new BuildComparison.WarmUp(0, 0, 0);

  @Test
  void measuresEachRowInBothBuildsOncePerRound() throws Exception {
    try (BuildComparison c =
        BuildComparison.ofClassPaths(
            BuildComparison.thisClassPath(), BuildComparison.thisClassPath())) {
      assertThat(c.isSeparate()).isTrue();
      List<String> told = new ArrayList<>();
      List<BuildComparison.Row> rows =
          c.compare(
              List.of(
                  new SynthBench.Planned("binary-search", List.of("tail")),
                  new SynthBench.Planned("compare-numbers", List.of("no-linear", "direct"))),
              40,
              1,
              3,
              "S",
              NONE,
              told::add);
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).task()).isEqualTo("binary-search");
      assertThat(rows.get(1).variant()).isEqualTo("no-linear+direct");
      for (BuildComparison.Row r : rows) {
        assertThat(r.ratios()).hasSize(3).allSatisfy(x -> assertThat(x).isPositive().isFinite());
        assertThat(r.ratios()).contains(r.ratio());
        assertThat(r.thisRate()).isPositive();
        assertThat(r.otherRate()).isPositive();
      }
      assertThat(told).hasSize(2);
      assertThat(told.get(0)).startsWith("binary-search tail: ");
      double g = BuildComparison.geometricMean(rows);
      assertThat(g)
          .isBetween(
              Math.min(rows.get(0).ratio(), rows.get(1).ratio()),
              Math.max(rows.get(0).ratio(), rows.get(1).ratio()));
    }
  }

  @Test
  void theOtherBuildsErrorsNameTheRow() throws Exception {
    try (BuildComparison c =
        BuildComparison.ofClassPaths(
            BuildComparison.thisClassPath(), BuildComparison.thisClassPath())) {
      assertThatThrownBy(
              () ->
                  c.compare(
                      List.of(new SynthBench.Planned("binary-search", List.of("no-such"))),
                      10,
                      1,
                      1,
                      "S",
                      NONE,
                      s -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("this build failed on binary-search no-such")
          .hasMessageContaining("no variant 'no-such'");
    }
  }

  @Test
  void aDirectoryWithoutABuildIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> BuildComparison.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no TMI build at " + dir)
        .hasMessageContaining("tmi-cli/target");
  }

  @Test
  void aBuildWithoutTheEntryPointIsNamed(@TempDir Path dir) throws Exception {
    // A "build" whose class path holds no SynthBench at all: tmi-cli.jar is an empty jar.
    Path target = dir.resolve("tmi-cli").resolve("target");
    Files.createDirectories(target.resolve("lib"));
    try (var jar =
        new java.util.jar.JarOutputStream(Files.newOutputStream(target.resolve("tmi-cli.jar")))) {
      jar.putNextEntry(new java.util.zip.ZipEntry("README"));
      jar.write("not TMI".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    assertThatThrownBy(() -> BuildComparison.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the build at " + dir + " has no dev.tmi.synth.SynthBench");
  }

  @Test
  void badCountsAreRefused() throws Exception {
    try (BuildComparison c =
        BuildComparison.ofClassPaths(
            BuildComparison.thisClassPath(), BuildComparison.thisClassPath())) {
      assertThatThrownBy(() -> c.compare(List.of(), 10, 1, 0, "S", NONE, s -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rounds");
    }
  }
}
