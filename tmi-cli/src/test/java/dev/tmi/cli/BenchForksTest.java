package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.eval.score.ScoreBench;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchForksTest {

  @Test
  void scoreBenchInForksReportsMediansAndTheirRange() {
    MainTest.Run r =
        MainTest.run(
            "bench",
            "score",
            "--tasks",
            "binary-search,compare-numbers",
            "--samples",
            "200",
            "--runs",
            "1",
            "--warm-up",
            "0",
            "--forks",
            "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("medians over 2 fresh JVMs", "full range");
    assertThat(r.out()).containsPattern("(?m)^binary-search .* \\d+-\\d+$");
    assertThat(r.out()).containsPattern("(?m)^compare-numbers .* \\d+-\\d+$");
  }

  @Test
  void aForkPrintsOneJsonRowPerTask() throws Exception {
    MainTest.Run r =
        MainTest.run(
            "bench",
            "score",
            "--tasks",
            "binary-search",
            "--samples",
            "100",
            "--runs",
            "1",
            "--warm-up",
            "0.2",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode n = Forks.JSON.readTree(lines[0]);
    ScoreBench.Row row = Forks.JSON.treeToValue(n, ScoreBench.Row.class);
    assertThat(row.task()).isEqualTo("binary-search");
    assertThat(row.fullVerifierPerSecond()).isPositive();
  }

  @Test
  void aFailingForkFailsTheCommandAndSaysWhichFork() {
    MainTest.Run r =
        MainTest.run(
            "bench",
            "score",
            "--tasks",
            "binary-search",
            "--variant",
            "no-such-variant",
            "--samples",
            "10",
            "--runs",
            "1",
            "--forks",
            "2");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("fork 1", "exited");
  }

  @Test
  void aNegativeWarmUpIsRefused() {
    MainTest.Run r = MainTest.run("bench", "score", "--tasks", "binary-search", "--warm-up", "-1");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--warm-up");
  }

  @Test
  void forksMustBePositive() {
    MainTest.Run r = MainTest.run("bench", "synth", "--tasks", "binary-search", "--forks", "0");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--forks");
  }

  @Test
  void synthBenchMeasuresEachRowInItsOwnJvmByDefault() {
    MainTest.Run r = quickSynthBench("tail,no-fetcher");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("row 1 of 2 (binary-search tail): fork 1 of 1")
        .contains("row 2 of 2 (binary-search no-fetcher): fork 1 of 1");
    assertThat(r.out()).contains("medians over 1 fresh JVMs per row");
    assertThat(r.out()).containsPattern("(?m)^binary-search +tail .* \\d+-\\d+$");
    assertThat(r.out()).containsPattern("(?m)^binary-search +no-fetcher .* \\d+-\\d+$");
    // The target line counts the rows at 200 or more and names each of the others.
    Matcher target =
        Pattern.compile("(?m)^(\\d) of 2 CoT rows at 200 MB/cpu-s or more(?:; under it: (.*))?$")
            .matcher(r.out());
    assertThat(target.find()).as(r.out()).isTrue();
    int named = target.group(2) == null ? 0 : target.group(2).split(", ").length;
    assertThat(Integer.parseInt(target.group(1)) + named).isEqualTo(2);
  }

  @Test
  void withItsTasksDirectRowEachChainOfThoughtRowShowsItsCeiling() {
    MainTest.Run r = quickSynthBench("tail,direct", "--no-fork-per-row");
    assertThat(r.err()).as("measured in this JVM").doesNotContain("fork 1 of 1");
    assertThat(r.code()).as(r.err()).isZero();
    // The tail row ends with its ceiling; the direct row has none.
    assertThat(r.out()).containsPattern("(?m)^binary-search +tail( +[\\d.]+){5}$");
    assertThat(r.out()).containsPattern("(?m)^binary-search +direct( +[\\d.]+){4}$");
    assertThat(r.out())
        .containsPattern(
            "(?m)^[01] of 1 CoT rows at 200 MB/cpu-s or more; rows whose ceiling .*: [01]"
                + "(; under it: binary-search tail [\\d.]+)?$");
  }

  @Test
  void synthBenchAgainstAnotherBuildReportsTheRatioPerRound(@TempDir Path dir) throws Exception {
    anotherBuild(dir);
    MainTest.Run r = quickComparison(dir, "--no-fork-per-row");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("binary-search tail: ", "binary-search no-linear: ");
    assertThat(r.out()).contains("ratio per round");
    assertThat(r.out())
        .containsPattern("(?m)^binary-search +tail +[\\d.]+ +[\\d.]+ +[\\d.]+  [\\d.]+ [\\d.]+$");
    assertThat(r.out())
        .containsPattern(
            "geometric mean of the rows' ratios over 2 rounds: [\\d.]+ \\(tail [\\d.]+,"
                + " no-linear [\\d.]+\\)");
  }

  @Test
  void synthBenchAgainstComparesEachRowInJvmsOfItsOwnByDefault(@TempDir Path dir) throws Exception {
    anotherBuild(dir);
    MainTest.Run r = quickComparison(dir, "--forks", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("row 1 of 2 (binary-search tail): fork 2 of 2")
        .contains("row 2 of 2 (binary-search no-linear): fork 2 of 2");
    // Each row's ratios: two rounds in each of two JVMs.
    assertThat(r.out())
        .containsPattern(
            "(?m)^binary-search +no-linear +[\\d.]+ +[\\d.]+ +[\\d.]+  ([\\d.]+ ){3}[\\d.]+$");
    assertThat(r.out())
        .contains("over 2 rounds in each of 2 fresh JVMs per row: ")
        .doesNotContain("{\"comparison\"");
  }

  /**
   * Another build in {@code dir}: a tmi-cli.jar whose manifest puts this JVM's class path on its
   * own, so that its class loader loads a second copy of this build.
   */
  private static void anotherBuild(Path dir) throws Exception {
    Path target = dir.resolve("tmi-cli").resolve("target");
    Files.createDirectories(target.resolve("lib"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    List<String> urls = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(e).toUri().toString());
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    try (JarOutputStream jar =
        new JarOutputStream(Files.newOutputStream(target.resolve("tmi-cli.jar")), manifest)) {
      jar.flush();
    }
  }

  @Test
  void synthBenchAgainstNamesWhatIsWrong(@TempDir Path dir) {
    MainTest.Run none = quickSynthBench("tail", "--against", dir.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no TMI build at " + dir);
    MainTest.Run mixed = quickSynthBench("tail", "--against", dir.toString(), "--paper-scale");
    assertThat(mixed.code()).isEqualTo(2);
    assertThat(mixed.err()).contains("cannot be combined with --paper-scale");
    MainTest.Run forks =
        quickSynthBench("tail", "--against", dir.toString(), "--forks", "2", "--no-fork-per-row");
    assertThat(forks.code()).isEqualTo(2);
    assertThat(forks.err()).contains("nor with --forks and --no-fork-per-row");
    MainTest.Run rounds = quickSynthBench("tail", "--against", dir.toString(), "--rounds", "0");
    assertThat(rounds.code()).isEqualTo(2);
    assertThat(rounds.err()).contains("--rounds must be positive, got 0");
  }

  /** {@code tail,no-linear} against the build in {@code dir}, two rounds, no warm-up. */
  private static MainTest.Run quickComparison(Path dir, String... options) {
    List<String> args =
        new ArrayList<>(List.of("--against", dir.toString(), "--rounds", "2", "--warm-up", "0"));
    args.addAll(List.of(options));
    return quickSynthBench("tail,no-linear", args.toArray(String[]::new));
  }

  /** {@code bench synth} on binary-search with a few samples and one run. */
  private static MainTest.Run quickSynthBench(String variants, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "synth",
                "--tasks",
                "binary-search",
                "--variants",
                variants,
                "--samples",
                "100",
                "--runs",
                "1"));
    args.addAll(List.of(options));
    return MainTest.run(args.toArray(String[]::new));
  }

  @Test
  void aForkGetsTheCommandLineWithoutTheOptionsDropped() {
    CommandLine cl = new CommandLine(new BenchCommand.Synth());
    cl.parseArgs("--tasks", "a,b", "--forks=3", "--variants=tail", "--runs", "2", "--fork-per-row");
    // A fork measures in its own JVM, whether or not the command line asked to fork per row.
    assertThat(Forks.childArgs(cl.getCommandSpec()))
        .containsExactly("--tasks", "a,b", "--variants=tail", "--runs", "2", "--no-fork-per-row");
    assertThat(Forks.childArgs(cl.getCommandSpec(), List.of("--tasks", "--variants")))
        .containsExactly("--runs", "2", "--no-fork-per-row");
    cl.parseArgs("--no-fork-per-row", "--forks", "2", "--split", "M");
    assertThat(Forks.childArgs(cl.getCommandSpec()))
        .containsExactly("--split", "M", "--no-fork-per-row");
  }

  @Test
  void forkPerRowIsTheDefaultAndCanBeTurnedOff() {
    BenchCommand.Synth synth = new BenchCommand.Synth();
    CommandLine cl = new CommandLine(synth);
    cl.parseArgs();
    assertThat(synth.forkPerRow).isTrue();
    cl.parseArgs("--no-fork-per-row");
    assertThat(synth.forkPerRow).isFalse();
    cl.parseArgs("--fork-per-row");
    assertThat(synth.forkPerRow).isTrue();
  }
}
