package dev.tmi.stats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tiny byte-level BPE {@code tokenizer.json} built like Qwen's (the same pre-tokenizer
 * regex, ByteLevel, the ChatML special tokens as added tokens) with a handful of merges, so tests
 * run a real HuggingFace tokenizer without downloading anything.
 */
final class TinyTokenizer {
  static final String QWEN_SPLIT =
      "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}"
          + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

  /** Merges, in rank order: enough to make a few words and operators single tokens. */
  static final String[][] MERGES = {
    {"c", "o"},
    {"co", "l"},
    {"Ġ", "t"},
    {"h", "e"},
    {"Ġt", "he"},
    {"a", "r"},
    {"c", "ar"},
    {"car", "r"},
    {"carr", "y"},
    {":", "="},
    {"-", ">"},
    {"Ġ", "->"}
  };

  private TinyTokenizer() {}

  /** The GPT-2 byte-to-character table that ByteLevel uses. */
  static char[] byteChars() {
    char[] out = new char[256];
    int n = 0;
    for (int b = 0; b < 256; b++) {
      boolean printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174);
      out[b] = printable ? (char) b : (char) (256 + n++);
    }
    return out;
  }

  static Path write(Path file) throws IOException {
    ObjectNode root = SampleJson.MAPPER.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    List<String> specials = List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>");
    ObjectNode vocab = SampleJson.MAPPER.createObjectNode();
    int id = 0;
    for (char c : byteChars()) {
      vocab.put(String.valueOf(c), id++);
    }
    ArrayNode merges = SampleJson.MAPPER.createArrayNode();
    for (String[] m : MERGES) {
      vocab.put(m[0] + m[1], id++);
      merges.add(m[0] + " " + m[1]);
    }
    for (String s : specials) {
      ObjectNode t = added.addObject();
      t.put("id", id++);
      t.put("content", s);
      t.put("single_word", false);
      t.put("lstrip", false);
      t.put("rstrip", false);
      t.put("normalized", false);
      t.put("special", true);
    }
    root.putNull("normalizer");
    ObjectNode pre = root.putObject("pre_tokenizer");
    pre.put("type", "Sequence");
    ArrayNode pres = pre.putArray("pretokenizers");
    ObjectNode split = pres.addObject();
    split.put("type", "Split");
    split.putObject("pattern").put("Regex", QWEN_SPLIT);
    split.put("behavior", "Isolated");
    split.put("invert", false);
    ObjectNode bl = pres.addObject();
    bl.put("type", "ByteLevel");
    bl.put("add_prefix_space", false);
    bl.put("trim_offsets", false);
    bl.put("use_regex", false);
    root.putNull("post_processor");
    ObjectNode dec = root.putObject("decoder");
    dec.put("type", "ByteLevel");
    dec.put("add_prefix_space", false);
    dec.put("trim_offsets", false);
    dec.put("use_regex", false);
    ObjectNode model = root.putObject("model");
    model.put("type", "BPE");
    model.putNull("dropout");
    model.putNull("unk_token");
    model.putNull("continuing_subword_prefix");
    model.putNull("end_of_word_suffix");
    model.put("fuse_unk", false);
    model.put("byte_fallback", false);
    model.set("vocab", vocab);
    model.set("merges", merges);
    Files.write(file, SampleJson.MAPPER.writeValueAsBytes(root));
    return file;
  }

  static List<String> specials() {
    return new ArrayList<>(List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>"));
  }
}
