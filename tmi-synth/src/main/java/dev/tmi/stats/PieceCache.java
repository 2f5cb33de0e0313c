package dev.tmi.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Exact token counts for byte-level BPE tokenizers built like Qwen's, at a fraction of the cost:
 * such a tokenizer cuts the text at its added tokens, normalizes (NFC or nothing), splits it with
 * one regex, and runs BPE on each piece on its own, so a text's count is the sum of its pieces'
 * counts. TMI's traces repeat the same few thousand pieces ({@code carry}, {@code :=}, digits), so
 * each piece is encoded once and remembered. Used only when {@code tokenizer.json} has exactly that
 * structure; the owner also checks the first counts against the tokenizer itself.
 */
final class PieceCache {
  private static final int MAX_ENTRIES = 1 << 20;

  private final Pattern added;
  private final Pattern split;
  private final boolean nfc;
  private final ToIntFunction<String> encode;
  private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

  private PieceCache(Pattern added, Pattern split, boolean nfc, ToIntFunction<String> encode) {
    this.added = added;
    this.split = split;
    this.nfc = nfc;
    this.encode = encode;
  }

  /** A cache for a tokenizer, or {@code null} when its structure does not allow one. */
  static PieceCache of(JsonNode tokenizer, ToIntFunction<String> encode) {
    JsonNode norm = tokenizer.path("normalizer");
    boolean nfc;
    if (norm.isMissingNode() || norm.isNull()) {
      nfc = false;
    } else if ("NFC".equals(norm.path("type").asText())) {
      nfc = true;
    } else {
      return null;
    }
    if (!"BPE".equals(tokenizer.path("model").path("type").asText())) {
      return null;
    }
    JsonNode pre = tokenizer.path("pre_tokenizer");
    if (!"Sequence".equals(pre.path("type").asText()) || pre.path("pretokenizers").size() != 2) {
      return null;
    }
    JsonNode sp = pre.path("pretokenizers").get(0);
    JsonNode bl = pre.path("pretokenizers").get(1);
    if (!"Split".equals(sp.path("type").asText())
        || !"Isolated".equals(sp.path("behavior").asText())
        || sp.path("invert").asBoolean(false)
        || !sp.path("pattern").path("Regex").isTextual()
        || !"ByteLevel".equals(bl.path("type").asText())
        || bl.path("use_regex").asBoolean(true)
        || bl.path("add_prefix_space").asBoolean(false)) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    for (JsonNode t : tokenizer.path("added_tokens")) {
      if (t.path("lstrip").asBoolean(false)
          || t.path("rstrip").asBoolean(false)
          || t.path("single_word").asBoolean(false)
          || t.path("normalized").asBoolean(false)) {
        return null;
      }
      tokens.add(t.path("content").asText());
    }
    try {
      Pattern splitRe = Pattern.compile(sp.path("pattern").path("Regex").asText());
      tokens.sort(Comparator.comparingInt(String::length).reversed());
      Pattern addedRe =
          tokens.isEmpty()
              ? null
              : Pattern.compile(String.join("|", tokens.stream().map(Pattern::quote).toList()));
      return new PieceCache(addedRe, splitRe, nfc, encode);
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  int count(String text) {
    if (added == null) {
      return segment(text);
    }
    int n = 0;
    int from = 0;
    Matcher m = added.matcher(text);
    while (m.find()) {
      n += segment(text.substring(from, m.start())) + 1;
      from = m.end();
    }
    return n + segment(text.substring(from));
  }

  private int segment(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    String t = nfc ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
    Matcher m = split.matcher(t);
    int n = 0;
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        n += piece(t.substring(last, m.start()));
      }
      if (m.end() > m.start()) {
        n += piece(t.substring(m.start(), m.end()));
      }
      last = m.end();
    }
    if (last < t.length()) {
      n += piece(t.substring(last));
    }
    return n;
  }

  private int piece(String p) {
    Integer c = counts.get(p);
    if (c == null) {
      c = encode.applyAsInt(p);
      if (counts.size() < MAX_ENTRIES) {
        counts.put(p, c);
      }
    }
    return c;
  }
}
