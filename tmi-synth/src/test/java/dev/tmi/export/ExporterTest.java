package dev.tmi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.SynthListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path data;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(shared.resolve("data"), 40, 6);
  }

  static ExportManifest export(Path out, ExportOptions options, int threads) throws Exception {
    return new Exporter()
        .run(
            new Exporter.Config(data, out, SynthData.Filter.ALL, options, threads),
            SynthListener.NONE);
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void everyFormatReadBackGivesTheSameSamples(ExportFormat format) throws Exception {
    Path out = tmp.resolve(format.id());
    ExportOptions options = ExportOptions.of(format);
    ExportManifest m = export(out, options, 2);
    SynthData src = SynthData.open(data);
    assertThat(m.files()).hasSize(src.files().size());
    ChatFraming f = options.framing();
    for (ExportManifest.ExportFile file : m.files()) {
      DataFile df =
          src.files().stream()
              .filter(x -> x.path().equals(file.source()))
              .findFirst()
              .orElseThrow();
      List<Sample> samples = TestData.samples(src, df);
      List<ChatRecord> back = ExportReader.readAll(out.resolve(file.path()), format);
      assertThat(back).as(file.path()).hasSize(samples.size());
      assertThat(file.count()).isEqualTo(samples.size());
      for (int i = 0; i < samples.size(); i++) {
        Sample s = samples.get(i);
        ChatRecord r = back.get(i);
        assertThat(r.messages()).as(s.id()).isEqualTo(f.messages(s));
        assertThat(r.meta()).containsEntry("id", s.id()).containsEntry("variant", s.variant());
        // The sample's own fields come back out of the chat.
        assertThat(f.query(r.content(ChatMessage.USER))).contains(s.query());
        String[] cb = ChatFraming.splitResponse(r.content(ChatMessage.ASSISTANT)).orElseThrow();
        assertThat(cb[0]).isEqualTo(s.cot());
        assertThat(cb[1]).isEqualTo(s.boxed());
      }
      if (format == ExportFormat.PARQUET) {
        List<Sample> rows = new java.util.ArrayList<>();
        ParquetRows.read(out.resolve(file.path()), row -> rows.add(row.sample()));
        assertThat(rows).as("every field of every sample").isEqualTo(samples);
      }
    }
  }

  @Test
  void manifestChecksumsAndCountsDescribeTheFiles() throws Exception {
    Path out = tmp.resolve("x");
    ExportManifest m = export(out, ExportOptions.of(ExportFormat.XTUNER), 2);
    JsonNode json = SampleJson.MAPPER.readTree(out.resolve("export.json").toFile());
    assertThat(json.get("format").asText()).isEqualTo("xtuner");
    assertThat(json.get("framing").get("system").asText()).isEqualTo(ChatFraming.DEFAULT_SYSTEM);
    assertThat(json.get("source").get("config").get("mix").asText()).isEqualTo("8:1:1");
    for (ExportManifest.ExportFile f : m.files()) {
      byte[] b = Files.readAllBytes(out.resolve(f.path()));
      assertThat(b.length).isEqualTo(f.bytes());
      assertThat(HexFormat.of().formatHex(SynthData.sha256().digest(b))).isEqualTo(f.sha256());
      long lines = new String(b, StandardCharsets.UTF_8).lines().count();
      assertThat(lines).isEqualTo(f.count());
      assertThat(f.path()).isEqualTo(f.source()); // same relative layout for JSONL formats
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no staging directory or temporary file is left behind")
          .containsExactly("x");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"ALPACA", "SHAREGPT", "MESSAGES", "PARQUET"})
  void datasetInfoHasOneEntryPerFileNamingItsColumns(ExportFormat format) throws Exception {
    Path out = tmp.resolve(format.id());
    ExportManifest m = export(out, ExportOptions.of(format), 2);
    JsonNode info = SampleJson.MAPPER.readTree(out.resolve("dataset_info.json").toFile());
    assertThat(info.size()).isEqualTo(m.files().size());
    for (ExportManifest.ExportFile f : m.files()) {
      JsonNode e = info.get(f.dataset());
      assertThat(e).as(f.dataset()).isNotNull();
      assertThat(out.resolve(e.get("file_name").asText())).isRegularFile();
      if (format == ExportFormat.PARQUET) {
        continue;
      }
      JsonNode first =
          SampleJson.MAPPER.readTree(
              Files.readAllLines(out.resolve(f.path()), StandardCharsets.UTF_8).get(0));
      // Every column the entry names is a field of the records.
      e.get("columns")
          .forEach(col -> assertThat(first.has(col.asText())).as(col.asText()).isTrue());
      if (e.has("tags")) {
        JsonNode turn = first.get(e.get("columns").get("messages").asText()).get(0);
        assertThat(turn.has(e.get("tags").get("role_tag").asText())).isTrue();
        assertThat(turn.has(e.get("tags").get("content_tag").asText())).isTrue();
      }
    }
  }

  @Test
  void trlPromptCompletionHasNoDatasetInfoAndPlainFormDropsTheSystemPrompt() throws Exception {
    Path out = tmp.resolve("trl");
    ChatFraming f = ChatFraming.defaults();
    export(out, new ExportOptions(ExportFormat.TRL_PROMPT_COMPLETION, f, false, true), 1);
    assertThat(out.resolve("dataset_info.json")).doesNotExist();
    JsonNode first =
        SampleJson.MAPPER.readTree(
            Files.readAllLines(out.resolve("addition/tail/train.jsonl")).get(0));
    assertThat(first.get("prompt").isTextual()).isTrue();
    assertThat(first.has("id")).isFalse();
    assertThat(
            SampleJson.MAPPER
                .readTree(out.resolve("export.json").toFile())
                .get("framing")
                .get("system")
                .isNull())
        .isTrue();
  }

  @Test
  void datasetCardListsTasksSplitsCountsConfigAndLicence() throws Exception {
    Path out = tmp.resolve("card");
    ExportManifest m = export(out, ExportOptions.of(ExportFormat.SHAREGPT), 2);
    String card = Files.readString(out.resolve("README.md"));
    assertThat(card).startsWith("---\nlicense: apache-2.0\n").contains("## Licence");
    assertThat(card).contains(ChatFraming.DEFAULT_SYSTEM).contains("\"mix\" : \"8:1:1\"");
    for (ExportManifest.ExportFile f : m.files()) {
      assertThat(card).contains("    path: " + f.path());
      assertThat(card)
          .contains("| " + f.task() + " | " + f.variant() + " | " + f.split() + " | " + f.count());
    }
    long total = m.files().stream().mapToLong(ExportManifest.ExportFile::count).sum();
    assertThat(card).contains("Total: " + total + " records.");
    // The front matter is YAML that HuggingFace reads: every config's files exist.
    JsonNode front =
        new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readTree(card.substring(4, card.indexOf("\n---\n", 4)));
    assertThat(front.get("license").asText()).isEqualTo("apache-2.0");
    int files = 0;
    for (JsonNode c : front.get("configs")) {
      for (JsonNode df : c.get("data_files")) {
        assertThat(df.get("split").asText()).matches("train|eval_[SML]");
        assertThat(out.resolve(df.get("path").asText())).isRegularFile();
        files++;
      }
    }
    assertThat(files).isEqualTo(m.files().size());
  }

  @Test
  void filtersSelectTasksVariantsAndSplits() throws Exception {
    Path out = tmp.resolve("f");
    ExportManifest m =
        new Exporter()
            .run(
                new Exporter.Config(
                    data,
                    out,
                    new SynthData.Filter(
                        List.of("knapsack"), List.of("tail"), List.of("train", "L")),
                    ExportOptions.of(ExportFormat.ALPACA),
                    1),
                SynthListener.NONE);
    assertThat(m.files())
        .extracting(ExportManifest.ExportFile::path)
        .containsExactly("knapsack/tail/eval-L.jsonl", "knapsack/tail/train.jsonl");
    assertThatThrownBy(
            () ->
                new Exporter()
                    .run(
                        new Exporter.Config(
                            data,
                            tmp.resolve("g"),
                            new SynthData.Filter(List.of(), List.of("no-such"), List.of()),
                            ExportOptions.of(ExportFormat.ALPACA),
                            1),
                        SynthListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--variants: 'no-such' is not in the data; it has tail, direct");
  }

  @Test
  void thinkWrapsTheChainOfThoughtAndAnswerOnlyVariantsStayBare() throws Exception {
    Path out = tmp.resolve("think");
    ChatFraming f = new ChatFraming("sys", true, "Q: {query}");
    export(out, new ExportOptions(ExportFormat.MESSAGES, f, true, false), 2);
    ChatRecord tail =
        ExportReader.readAll(out.resolve("addition/tail/train.jsonl"), ExportFormat.MESSAGES)
            .get(0);
    assertThat(tail.content(ChatMessage.ASSISTANT))
        .startsWith("<think>\n")
        .contains("\n</think>\n\\boxed{");
    assertThat(tail.content(ChatMessage.USER)).startsWith("Q: ");
    assertThat(tail.content(ChatMessage.SYSTEM)).isEqualTo("sys");
    ChatRecord direct =
        ExportReader.readAll(out.resolve("addition/direct/train.jsonl"), ExportFormat.MESSAGES)
            .get(0);
    assertThat(direct.content(ChatMessage.ASSISTANT))
        .startsWith("\\boxed{")
        .doesNotContain("think");
  }

  @Test
  void sameInputSameBytesWhateverTheThreadCount() throws Exception {
    export(tmp.resolve("one"), ExportOptions.of(ExportFormat.PARQUET), 1);
    export(tmp.resolve("four"), ExportOptions.of(ExportFormat.PARQUET), 4);
    assertThat(Files.readString(tmp.resolve("one/export.json")))
        .isEqualTo(Files.readString(tmp.resolve("four/export.json")));
  }

  @Test
  void anInterruptedExportResumesAndEndsWithTheSameBytes() throws Exception {
    Path out = tmp.resolve("resumed");
    SynthListener killer =
        new SynthListener() {
          long seen;

          @Override
          public void progress(long samples, long bytes) {
            seen += samples;
            if (seen > 100) {
              throw new IllegalStateException("killed");
            }
          }
        };
    ExportOptions o = ExportOptions.of(ExportFormat.SHAREGPT);
    assertThatThrownBy(
            () ->
                new Exporter()
                    .run(new Exporter.Config(data, out, SynthData.Filter.ALL, o, 1), killer))
        .hasMessage("killed");
    assertThat(out).doesNotExist();
    long[] resumed = {0};
    new Exporter()
        .run(
            new Exporter.Config(data, out, SynthData.Filter.ALL, o, 1),
            new SynthListener() {
              @Override
              public void started(long total) {
                resumed[0] = total;
              }
            });
    long all = SynthData.open(data).files().stream().mapToLong(DataFile::count).sum();
    assertThat(resumed[0]).as("only the unfinished files are exported again").isLessThan(all);
    export(tmp.resolve("fresh"), o, 1);
    assertThat(Files.readString(out.resolve("export.json")))
        .isEqualTo(Files.readString(tmp.resolve("fresh/export.json")));
  }

  @Test
  void splitResponseInvertsTheResponse() {
    assertThat(ChatFraming.splitResponse("a\nb\n\\boxed{x{y}}"))
        .hasValueSatisfying(
            v -> {
              assertThat(v[0]).isEqualTo("a\nb");
              assertThat(v[1]).isEqualTo("x{y}");
            });
    assertThat(ChatFraming.splitResponse("\\boxed{7}"))
        .hasValueSatisfying(v -> assertThat(v[0]).isEmpty());
    assertThat(ChatFraming.splitResponse("no answer")).isEmpty();
    assertThat(new ChatFraming(null, false, "<{query}>").query("<q>")).isEqualTo(Optional.of("q"));
    assertThatThrownBy(() -> new ChatFraming(null, false, "no placeholder"))
        .hasMessageContaining("{query}");
  }
}
