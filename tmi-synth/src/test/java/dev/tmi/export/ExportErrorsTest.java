package dev.tmi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.SynthListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportErrorsTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static Path pristine;

  @BeforeAll
  static void synth() throws Exception {
    pristine = TestData.synth(shared.resolve("data"), 12, 3);
  }

  /** A private copy of the data set to damage. */
  private Path copy() throws Exception {
    Path dst = tmp.resolve("data");
    try (Stream<Path> s = Files.walk(pristine)) {
      for (Path p : s.toList()) {
        Path q = dst.resolve(pristine.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    return dst;
  }

  private void export(Path data, Path out) throws Exception {
    new Exporter()
        .run(
            new Exporter.Config(
                data, out, SynthData.Filter.ALL, ExportOptions.of(ExportFormat.MESSAGES), 1),
            SynthListener.NONE);
  }

  @Test
  void unknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> ExportFormat.parse("jsonl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown export format 'jsonl'; known formats: messages, xtuner, alpaca, sharegpt,"
                + " trl-prompt-completion, trl-messages, parquet");
  }

  @Test
  void aDirectoryWithoutManifestIsRejected() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> export(tmp.resolve("empty"), tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no manifest.json");
    Files.writeString(tmp.resolve("empty/manifest.json"), "{\"files\": [");
    assertThatThrownBy(() -> export(tmp.resolve("empty"), tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manifest.json is not valid JSON");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingDataFileIsNamed() throws Exception {
    Path data = copy();
    Files.delete(data.resolve("knapsack/tail/eval-M.jsonl"));
    assertThatThrownBy(() -> export(data, tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "data file knapsack/tail/eval-M.jsonl listed in the manifest is missing");
  }

  @Test
  void aChangedByteFailsTheChecksumAndLeavesNoOutput() throws Exception {
    Path data = copy();
    Path f = data.resolve("addition/tail/train.jsonl");
    byte[] b = Files.readAllBytes(f);
    // Same size, still valid JSON: only the checksum can tell.
    String text = new String(b, StandardCharsets.UTF_8);
    int at = text.indexOf("\"seed\":11");
    b[at + 8] = '2';
    Files.write(f, b);
    assertThatThrownBy(() -> export(data, tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addition/tail/train.jsonl: sha256 mismatch")
        .hasMessageContaining("the file changed after synthesis");
    assertThat(tmp.resolve("out")).doesNotExist();
    // The other files' workers have stopped: none is left half-written, none still writes.
    List<String> staged = listTree(tmp);
    assertThat(staged).noneMatch(n -> n.endsWith(".tmp"));
    Thread.sleep(100);
    assertThat(listTree(tmp)).isEqualTo(staged);
  }

  private static List<String> listTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aMalformedLineIsNamedByFileAndLine() throws Exception {
    Path data = copy();
    String rel = "binary-search/direct/train.jsonl";
    Path f = data.resolve(rel);
    List<String> lines = Files.readAllLines(f);
    lines.set(2, lines.get(2).substring(0, 40));
    lines.set(4, "{\"id\":\"x\"}");
    Files.write(f, lines);
    fixManifest(data, rel);
    assertThatThrownBy(() -> export(data, tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(rel + ":3: malformed JSON");
    lines.set(2, lines.get(3));
    Files.write(f, lines);
    fixManifest(data, rel);
    assertThatThrownBy(() -> export(data, tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rel + ":5: missing field \"task\"");
  }

  /** Makes the manifest agree with a file, so that only its content is wrong. */
  private static void fixManifest(Path data, String rel) throws Exception {
    Path mf = data.resolve("manifest.json");
    ObjectNode root = (ObjectNode) SampleJson.MAPPER.readTree(mf.toFile());
    byte[] b = Files.readAllBytes(data.resolve(rel));
    root.get("files")
        .forEach(
            n -> {
              if (n.get("path").asText().equals(rel)) {
                ((ObjectNode) n).put("bytes", b.length);
                ((ObjectNode) n)
                    .put("sha256", HexFormat.of().formatHex(SynthData.sha256().digest(b)));
              }
            });
    Files.write(mf, SampleJson.MAPPER.writeValueAsBytes(root));
  }

  @Test
  void theOutputMustBeNewOrEmptyAndOutsideTheData() throws Exception {
    Path data = copy();
    Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(tmp.resolve("busy/keep.txt"), "mine");
    assertThatThrownBy(() -> export(data, tmp.resolve("busy")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(tmp.resolve("busy/keep.txt"))).isEqualTo("mine");
    assertThatThrownBy(() -> export(data, data.resolve("exported")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be inside --data");
  }
}
