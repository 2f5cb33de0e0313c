package dev.tmi.stats;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Token counts from a HuggingFace {@code tokenizer.json} (for example Qwen2.5's, from a local model
 * directory), through DJL's binding of the HuggingFace tokenizers library, whose native library
 * ships inside its Maven jar: nothing is downloaded. Special tokens written in the text (such as
 * {@code <|im_start|>}) count as one token each when the tokenizer defines them.
 */
public final class HfTokenCounter implements TokenCounter {
  /** Counts checked against the tokenizer itself before the piece cache is trusted alone. */
  static final int CHECKS = 64;

  private final HuggingFaceTokenizer tokenizer;
  private final String name;
  private volatile PieceCache cache;
  private final java.util.concurrent.atomic.AtomicInteger checksLeft =
      new java.util.concurrent.atomic.AtomicInteger(CHECKS);

  private HfTokenCounter(HuggingFaceTokenizer tokenizer, String name, JsonNode json) {
    this.tokenizer = tokenizer;
    this.name = name;
    this.cache = PieceCache.of(json, this::direct);
  }

  /**
   * Loads a tokenizer.
   *
   * @param path a {@code tokenizer.json} file, or a model directory holding one
   * @throws IllegalArgumentException if the file is missing, is not JSON, or is not a tokenizer
   */
  public static HfTokenCounter load(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("tokenizer.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "tokenizer file not found: " + file + " (give a tokenizer.json or a model directory)");
    }
    JsonNode root;
    try {
      root = SampleJson.MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tokenizer file "
              + file
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage());
    }
    if (root == null || !root.path("model").isObject() || !root.path("model").has("type")) {
      throw new IllegalArgumentException(
          "tokenizer file "
              + file
              + " is not a HuggingFace tokenizer.json: no \"model\" with a"
              + " \"type\"");
    }
    HuggingFaceTokenizer t;
    try {
      t =
          HuggingFaceTokenizer.builder()
              .optTokenizerPath(file)
              .optAddSpecialTokens(false)
              .optTruncation(false)
              .optPadding(false)
              .build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot load tokenizer " + file + ": " + e.getMessage(), e);
    }
    String type = root.path("model").path("type").asText();
    int vocab = root.path("model").path("vocab").size() + root.path("added_tokens").size();
    return new HfTokenCounter(
        t,
        String.format(Locale.ROOT, "%s (%s, %,d tokens)", file.getFileName(), type, vocab),
        root);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean exact() {
    return true;
  }

  /**
   * The number of tokens. For tokenizers built like Qwen's the count is the sum of the counts of
   * the text's pre-tokenizer pieces, each encoded once ({@link PieceCache}); the first {@value
   * #CHECKS} counts are also computed directly, and any disagreement turns the cache off.
   */
  @Override
  public int count(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    PieceCache c = cache;
    if (c == null) {
      return direct(text);
    }
    int n = c.count(text);
    if (checksLeft.get() > 0 && checksLeft.getAndDecrement() > 0 && n != direct(text)) {
      cache = null;
      return direct(text);
    }
    return n;
  }

  /** Whether counts come through the piece cache (after its checks passed so far). */
  public boolean cached() {
    return cache != null;
  }

  int direct(String text) {
    return text.isEmpty() ? 0 : tokenizer.encode(text).getIds().length;
  }

  /** The tokens of a text with their character spans, e.g. to map a loss mask onto tokens. */
  public Token[] tokens(String text) {
    Encoding e = tokenizer.encode(text);
    long[] ids = e.getIds();
    String[] pieces = e.getTokens();
    CharSpan[] spans = e.getCharTokenSpans();
    Token[] out = new Token[ids.length];
    for (int i = 0; i < ids.length; i++) {
      CharSpan s = spans[i];
      out[i] =
          new Token(ids[i], pieces[i], s == null ? -1 : s.getStart(), s == null ? -1 : s.getEnd());
    }
    return out;
  }

  /**
   * One token.
   *
   * @param id its id
   * @param piece its text in the vocabulary
   * @param start first character in the encoded text, or -1
   * @param end one past its last character, or -1
   */
  public record Token(long id, String piece, int start, int end) {}

  @Override
  public void close() {
    tokenizer.close();
  }
}
