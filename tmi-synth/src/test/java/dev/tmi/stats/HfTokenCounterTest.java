package dev.tmi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfTokenCounterTest {
  @TempDir Path tmp;

  @Test
  void countsWithARealByteLevelBpe() throws Exception {
    try (HfTokenCounter t =
        HfTokenCounter.load(TinyTokenizer.write(tmp.resolve("tokenizer.json")))) {
      assertThat(t.exact()).isTrue();
      assertThat(t.name()).contains("BPE");
      // No merge applies: one token per byte.
      assertThat(t.count("xyz")).isEqualTo(3);
      assertThat(t.count("é")).isEqualTo(2);
      // Merges apply within a pre-token only.
      assertThat(t.count("col")).isEqualTo(1);
      assertThat(t.count("carry")).isEqualTo(1);
      assertThat(t.count(" the")).isEqualTo(1);
      // Pieces: col | 4 | " ->" | " col" | 5; " col" has no merge for its space: Ġ + col.
      assertThat(t.count("col4 -> col5")).isEqualTo(1 + 1 + 1 + 2 + 1);
      // Special tokens written in the text are one token each; digits split one by one.
      assertThat(t.count("<|im_start|>user\n12<|im_end|>")).isEqualTo(1 + 4 + 1 + 2 + 1);
      assertThat(t.count("")).isZero();
      // Nothing is truncated, however long the text.
      assertThat(t.count("7".repeat(5000))).isEqualTo(5000);
    }
  }

  @Test
  void piecewiseCountsEqualTheTokenizersOwnOnRealTraces() throws Exception {
    dev.tmi.engine.task.TaskRegistry reg = dev.tmi.engine.task.TaskRegistry.load();
    try (HfTokenCounter t =
        HfTokenCounter.load(TinyTokenizer.write(tmp.resolve("tokenizer.json")))) {
      int n = 0;
      for (dev.tmi.engine.task.Task<?> task : reg.all()) {
        for (dev.tmi.engine.variant.Variant v : dev.tmi.engine.task.TaskRegistry.variants(task)) {
          for (int i = 0; i < 20; i++) {
            var d = dev.tmi.engine.sample.Drawn.draw(task, 4, "t", i, dev.tmi.engine.task.Split.M);
            String text =
                "<|im_start|>user\n"
                    + d.query(v.id())
                    + "<|im_end|>\n"
                    + v.render(d.solve().trace().events())
                    + " caf\u00e9 \u00e9t\u00e9";
            assertThat(t.count(text)).isEqualTo(t.direct(text));
            n++;
          }
        }
      }
      assertThat(n).isGreaterThan(HfTokenCounter.CHECKS);
      assertThat(t.cached()).as("the tiny tokenizer is built like Qwen's").isTrue();
    }
  }

  @Test
  void otherTokenizerStructuresAreCountedDirectly() throws Exception {
    Path p = tmp.resolve("wordlevel.json");
    Files.writeString(
        p,
        "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],"
            + "\"normalizer\":null,\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
            + "\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"WordLevel\","
            + "\"vocab\":{\"[UNK]\":0,\"carry\":1,\"=\":2},\"unk_token\":\"[UNK]\"}}");
    try (HfTokenCounter t = HfTokenCounter.load(p)) {
      assertThat(t.cached()).isFalse();
      assertThat(t.count("carry = 1 x")).isEqualTo(4);
    }
  }

  @Test
  void aDirectoryMeansItsTokenizerJson() throws Exception {
    TinyTokenizer.write(tmp.resolve("tokenizer.json"));
    try (HfTokenCounter t = HfTokenCounter.load(tmp)) {
      assertThat(t.count("xyz")).isEqualTo(3);
    }
  }

  @Test
  void missingOrBrokenTokenizersGetClearErrors() throws Exception {
    assertThatThrownBy(() -> HfTokenCounter.load(tmp.resolve("nope.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenizer file not found: " + tmp.resolve("nope.json"));
    assertThatThrownBy(() -> HfTokenCounter.load(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenizer file not found: " + tmp.resolve("tokenizer.json"));
    Path cut = tmp.resolve("cut.json");
    byte[] whole = Files.readAllBytes(TinyTokenizer.write(tmp.resolve("t.json")));
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> HfTokenCounter.load(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid JSON");
    Path other = tmp.resolve("other.json");
    Files.writeString(other, "{\"name\": \"not a tokenizer\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> HfTokenCounter.load(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a HuggingFace tokenizer.json");
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"model\": {\"type\": \"NoSuchModel\", \"vocab\": {}}}");
    assertThatThrownBy(() -> HfTokenCounter.load(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot load tokenizer " + bad);
  }

  @Test
  void theApproximationCountsQwenPieces() {
    ApproxTokenCounter a = new ApproxTokenCounter();
    assertThat(a.exact()).isFalse();
    assertThat(a.name()).startsWith("approx");
    assertThat(a.count("12345")).isEqualTo(5);
    assertThat(a.count("hello world")).isEqualTo(2);
    // s | 3 | := | 5 | , | " carry" | := | 0
    assertThat(a.count("s3:=5, carry:=0")).isEqualTo(8);
    assertThat(a.count("<|im_start|>user\nhi<|im_end|>\n")).isEqualTo(1 + 1 + 1 + 1 + 1 + 1);
    // A long letter run costs one more token per ten letters after the first.
    assertThat(a.count("internationalization")).isEqualTo(1 + 19 / 10);
    // A symbol glued to a word stays apart: backslash, boxed, {, 7, }.
    assertThat(a.count("\\boxed{7}")).isEqualTo(5);
  }
}
