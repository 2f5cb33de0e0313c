package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesizerTest {
  private static final List<String> TASKS = List.of("addition", "binary-search", "knapsack");
  private static final List<String> VARIANTS = List.of("tail", "no-fetcher", "no-atomic", "direct");

  @TempDir Path tmp;

  private static SynthConfig config(Path out, int threads, Shard shard, Mix mix) {
    return new SynthConfig(
        TASKS, 400, 30, mix, VARIANTS, 42, threads, shard, out, false, DedupMode.QUERY);
  }

  private static Manifest run(SynthConfig c) throws Exception {
    return new Synthesizer(TaskRegistry.load()).run(c, SynthListener.NONE);
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals("manifest.json")) {
          out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

  @Test
  void sameSeedSameBytesWhateverTheThreadCount() throws Exception {
    run(config(tmp.resolve("one"), 1, Shard.ALL, Mix.S_ONLY));
    run(config(tmp.resolve("three"), 3, Shard.ALL, Mix.S_ONLY));
    Map<String, byte[]> a = files(tmp.resolve("one"));
    Map<String, byte[]> b = files(tmp.resolve("three"));
    assertThat(a.keySet()).isEqualTo(b.keySet()).hasSize(TASKS.size() * VARIANTS.size() * 4);
    a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualTo(v));
    assertThat(Files.readString(tmp.resolve("one/manifest.json")))
        .isEqualTo(Files.readString(tmp.resolve("three/manifest.json")));
  }

  @Test
  void shardsConcatenateToTheUnshardedOutput() throws Exception {
    run(config(tmp.resolve("all"), 2, Shard.ALL, new Mix(8, 1, 1)));
    for (int i = 0; i < 3; i++) {
      run(config(tmp.resolve("part" + i), 2, new Shard(i, 3), new Mix(8, 1, 1)));
    }
    Map<String, byte[]> all = files(tmp.resolve("all"));
    for (Map.Entry<String, byte[]> e : all.entrySet()) {
      ByteArrayOutputStream cat = new ByteArrayOutputStream();
      for (int i = 0; i < 3; i++) {
        cat.write(Files.readAllBytes(tmp.resolve("part" + i).resolve(e.getKey())));
      }
      assertThat(cat.toByteArray()).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void manifestCountsAndChecksumsMatchTheFiles() throws Exception {
    Manifest m = run(config(tmp.resolve("m"), 2, Shard.ALL, new Mix(8, 1, 1)));
    assertThat(m.files()).hasSize(TASKS.size() * VARIANTS.size() * 4);
    for (Manifest.FileEntry f : m.files()) {
      byte[] data = Files.readAllBytes(tmp.resolve("m").resolve(f.path()));
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)))
          .isEqualTo(f.sha256());
      assertThat(new String(data, StandardCharsets.UTF_8).lines().count()).isEqualTo(f.count());
      assertThat(f.count()).isEqualTo(f.split().equals("train") ? 400 : 30);
    }
    JsonNode json = SampleJson.MAPPER.readTree(tmp.resolve("m/manifest.json").toFile());
    assertThat(json.at("/config/mix").asText()).isEqualTo("8:1:1");
    assertThat(json.at("/tasks/addition/train/produced").asInt()).isEqualTo(400);
    assertThat(json.at("/skipped")).hasSize(0);
    // In a fixed order: Map.of's order changes from one JVM to the next, and with it the bytes.
    List<String> generator = new ArrayList<>();
    json.get("generator").fieldNames().forEachRemaining(generator::add);
    assertThat(generator).containsExactly("name", "version", "format");
  }

  @Test
  void noDuplicatesWithinASplitAndNoEvalQueryInTraining() throws Exception {
    run(config(tmp.resolve("d"), 2, Shard.ALL, new Mix(8, 1, 1)));
    for (String task : TASKS) {
      Set<String> evalQueries = new HashSet<>();
      for (String split : List.of("eval-S", "eval-M", "eval-L")) {
        List<Sample> s =
            read(tmp.resolve("d").resolve(task).resolve("tail").resolve(split + ".jsonl"));
        Set<String> q = new HashSet<>();
        s.forEach(x -> assertThat(q.add(x.query())).as("duplicate in %s %s", task, split).isTrue());
        evalQueries.addAll(q);
      }
      List<Sample> train =
          read(tmp.resolve("d").resolve(task).resolve("tail").resolve("train.jsonl"));
      Set<String> q = new HashSet<>();
      Map<String, Integer> splits = new HashMap<>();
      for (Sample x : train) {
        assertThat(q.add(x.query())).isTrue();
        assertThat(evalQueries).doesNotContain(x.query());
        splits.merge(x.split(), 1, Integer::sum);
      }
      assertThat(splits).containsEntry("S", 320).containsEntry("M", 40).containsEntry("L", 40);
    }
  }

  @Test
  void everyVariantShowsTheSameInstancesAndEveryTraceVerifies() throws Exception {
    run(config(tmp.resolve("v"), 2, Shard.ALL, Mix.S_ONLY));
    for (String task : TASKS) {
      Task<?> t = TaskRegistry.load().get(task);
      List<Sample> tail = read(tmp.resolve("v").resolve(task).resolve("tail/eval-L.jsonl"));
      for (String v : VARIANTS) {
        List<Sample> other =
            read(tmp.resolve("v").resolve(task).resolve(v).resolve("eval-L.jsonl"));
        assertThat(other).hasSameSizeAs(tail);
        for (int i = 0; i < tail.size(); i++) {
          assertThat(other.get(i).instance()).isEqualTo(tail.get(i).instance());
          assertThat(other.get(i).query()).isEqualTo(tail.get(i).query());
          assertThat(other.get(i).id()).isEqualTo(tail.get(i).id());
          verifies(t, TaskRegistry.variant(t, v), other.get(i));
        }
      }
    }
  }

  private static <I> void verifies(Task<I> t, Variant v, Sample s) throws Exception {
    I in = SampleJson.MAPPER.treeToValue(s.instance(), t.instanceType());
    var ver = Verifier.verify(t, in, v, s.response(), Mode.SELF_CONSISTENT);
    assertThat(ver.perfect()).as("%s %s", s.id(), ver.firstError()).isTrue();
  }

  @Test
  void thinkWrapsTheReasoning() throws Exception {
    SynthConfig c =
        new SynthConfig(
            List.of("binary-search"),
            5,
            2,
            Mix.S_ONLY,
            List.of("tail", "direct"),
            1,
            1,
            Shard.ALL,
            tmp.resolve("t"),
            true,
            DedupMode.QUERY);
    run(c);
    Sample s = read(tmp.resolve("t/binary-search/tail/train.jsonl")).get(0);
    assertThat(s.cot()).startsWith("<think>\n").endsWith("\n</think>");
    assertThat(read(tmp.resolve("t/binary-search/direct/train.jsonl")).get(0).cot()).isEmpty();
  }

  @Test
  void badInputFailsBeforeWritingAnything() throws Exception {
    Path out = tmp.resolve("bad");
    assertThatThrownBy(
            () ->
                run(
                    new SynthConfig(
                        List.of("no-such-task"),
                        5,
                        2,
                        Mix.S_ONLY,
                        List.of("tail"),
                        1,
                        1,
                        Shard.ALL,
                        out,
                        false,
                        DedupMode.QUERY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown task 'no-such-task'");
    assertThatThrownBy(
            () ->
                run(
                    new SynthConfig(
                        List.of("addition"),
                        5,
                        2,
                        Mix.S_ONLY,
                        List.of("no-such-variant"),
                        1,
                        1,
                        Shard.ALL,
                        out,
                        false,
                        DedupMode.QUERY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown variant 'no-such-variant'");
    assertThatThrownBy(() -> Mix.parse("8:1")).hasMessageContaining("malformed mixture");
    assertThatThrownBy(() -> Mix.parse("a:b:c")).hasMessageContaining("malformed mixture");
    assertThatThrownBy(() -> Mix.parse("0:0:0")).hasMessageContaining("not all zero");
    assertThatThrownBy(() -> Shard.parse("3/3")).hasMessageContaining("bad shard");
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.toList()).isEmpty();
    }

    Path full = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "precious");
    assertThatThrownBy(() -> run(config(full, 1, Shard.ALL, Mix.S_ONLY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("precious");
    try (Stream<Path> s = Files.list(full)) {
      assertThat(s.toList()).hasSize(1);
    }
  }

  @Test
  void aKilledRunResumesToTheSameBytes() throws Exception {
    run(config(tmp.resolve("clean"), 2, Shard.ALL, Mix.S_ONLY));
    Path out = tmp.resolve("killed");
    SynthListener killer =
        new SynthListener() {
          long seen;

          @Override
          public void progress(long samples, long bytes) {
            seen += samples;
            if (seen > 2000) {
              throw new IllegalStateException("simulated kill");
            }
          }
        };
    assertThatThrownBy(
            () ->
                new Synthesizer(TaskRegistry.load())
                    .run(config(out, 2, Shard.ALL, Mix.S_ONLY), killer))
        .hasMessageContaining("simulated kill");
    assertThat(out).doesNotExist();
    Path staging;
    try (Stream<Path> s = Files.list(tmp)) {
      staging =
          s.filter(p -> p.getFileName().toString().startsWith(".killed.partial-"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(staging.resolve(".progress.jsonl")).exists();
    // A torn last line, as a kill during the append would leave.
    Files.writeString(
        staging.resolve(".progress.jsonl"),
        "{\"stream\":\"addition/tra",
        java.nio.file.StandardOpenOption.APPEND);
    long[] rendered = new long[1];
    new Synthesizer(TaskRegistry.load())
        .run(
            config(out, 2, Shard.ALL, Mix.S_ONLY),
            new SynthListener() {
              @Override
              public void started(long total) {
                rendered[0] = total;
              }
            });
    assertThat(rendered[0]).isLessThan((400L + 90) * 3 * VARIANTS.size());
    Map<String, byte[]> a = files(tmp.resolve("clean"));
    Map<String, byte[]> b = files(out);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualTo(v));
    assertThat(staging).doesNotExist();
  }

  static List<Sample> read(Path p) throws IOException {
    return Files.readAllLines(p).stream()
        .map(
            l -> {
              try {
                return SampleJson.MAPPER.readValue(l, Sample.class);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
