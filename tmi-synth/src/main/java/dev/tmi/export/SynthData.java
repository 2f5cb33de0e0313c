package dev.tmi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code tmi synth} output directory, validated: its {@code manifest.json} parses, lists every
 * file with task, split, variant, count and checksum, and every listed file exists with the listed
 * size. Contents are checked while they are streamed ({@link SampleReader}).
 *
 * @param dir the directory
 * @param manifest the parsed manifest
 * @param manifestSha256 the SHA-256 of {@code manifest.json}, which identifies the data set
 * @param files the data files in manifest order
 */
public record SynthData(Path dir, JsonNode manifest, String manifestSha256, List<DataFile> files) {

  /** What to take from a data set; an empty list takes everything. */
  public record Filter(List<String> tasks, List<String> variants, List<String> splits) {
    public Filter {
      tasks = List.copyOf(tasks);
      variants = List.copyOf(variants);
      splits = List.copyOf(splits);
    }

    /** Everything. */
    public static final Filter ALL = new Filter(List.of(), List.of(), List.of());
  }

  public SynthData {
    files = List.copyOf(files);
  }

  /**
   * Opens and validates a data directory.
   *
   * @throws IllegalArgumentException naming the problem (no directory, no or malformed manifest, a
   *     file that is missing or has another size)
   */
  public static SynthData open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--data " + dir + " is not a directory");
    }
    Path mf = dir.resolve("manifest.json");
    if (!Files.isRegularFile(mf)) {
      throw new IllegalArgumentException(
          dir + " has no manifest.json; is it the output of 'tmi synth'?");
    }
    byte[] raw = Files.readAllBytes(mf);
    JsonNode root;
    try {
      root = SampleJson.MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          mf
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path("files").isArray()) {
      throw new IllegalArgumentException(mf + " has no \"files\" list");
    }
    List<DataFile> files = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode f : root.get("files")) {
      String where = mf + ": files[" + i++ + "]";
      DataFile df =
          new DataFile(
              text(f, "path", where),
              text(f, "task", where),
              text(f, "split", where),
              text(f, "variant", where),
              number(f, "count", where),
              f.has("bytes") ? number(f, "bytes", where) : -1,
              text(f, "sha256", where));
      if (df.path().startsWith("/") || df.path().contains("..") || df.path().contains("\\")) {
        throw new IllegalArgumentException(
            where + ": path '" + df.path() + "' leaves the directory");
      }
      if (!seen.add(df.path())) {
        throw new IllegalArgumentException(where + ": path '" + df.path() + "' is listed twice");
      }
      Path p = dir.resolve(df.path());
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(
            "data file " + df.path() + " listed in the manifest is missing from " + dir);
      }
      if (df.bytes() >= 0 && Files.size(p) != df.bytes()) {
        throw new IllegalArgumentException(
            "data file "
                + df.path()
                + " has "
                + Files.size(p)
                + " bytes, the manifest says "
                + df.bytes()
                + ": it changed after synthesis");
      }
      files.add(df);
    }
    return new SynthData(dir, root, HexFormat.of().formatHex(sha256().digest(raw)), files);
  }

  /**
   * The files a filter selects, in manifest order.
   *
   * @throws IllegalArgumentException if a requested task, variant or split is not in the data
   */
  public List<DataFile> select(Filter filter) {
    check("--tasks", filter.tasks(), files.stream().map(DataFile::task).toList());
    check("--variants", filter.variants(), files.stream().map(DataFile::variant).toList());
    check("--splits", filter.splits(), files.stream().map(DataFile::split).toList());
    return files.stream()
        .filter(f -> filter.tasks().isEmpty() || filter.tasks().contains(f.task()))
        .filter(f -> filter.variants().isEmpty() || filter.variants().contains(f.variant()))
        .filter(f -> filter.splits().isEmpty() || filter.splits().contains(f.split()))
        .toList();
  }

  /** Opens a file for streaming, checking its lines, count and checksum as it goes. */
  public SampleReader read(DataFile f) throws IOException {
    return new SampleReader(dir.resolve(f.path()), f.path(), f.count(), f.sha256());
  }

  /** The synthesis configuration from the manifest ({@code config}), or an empty object. */
  public JsonNode config() {
    return manifest.path("config");
  }

  private static void check(String flag, List<String> wanted, List<String> present) {
    Set<String> have = new LinkedHashSet<>(present);
    for (String w : wanted) {
      if (!have.contains(w)) {
        throw new IllegalArgumentException(
            flag + ": '" + w + "' is not in the data; it has " + String.join(", ", have));
      }
    }
  }

  private static String text(JsonNode f, String key, String where) {
    JsonNode v = f.get(key);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalArgumentException(where + " has no \"" + key + "\" string");
    }
    return v.asText();
  }

  private static long number(JsonNode f, String key, String where) {
    JsonNode v = f.get(key);
    if (v == null || !v.canConvertToLong() || v.asLong() < 0) {
      throw new IllegalArgumentException(where + " has no non-negative \"" + key + "\" number");
    }
    return v.asLong();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
