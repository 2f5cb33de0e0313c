package dev.tmi.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a synthesis run wrote, with checksums and the full configuration.
 *
 * @param generator the generator's name and version
 * @param config the configuration that decides the bytes
 * @param shard which slice this directory holds
 * @param files every data file
 * @param tasks per task and stream: requested, produced, dropped duplicates and overlaps
 * @param skipped variants not available for some task, e.g. {@code lcs: index-hint}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Manifest(
    Map<String, String> generator,
    Map<String, Object> config,
    String shard,
    List<FileEntry> files,
    Map<String, Map<String, Selection.Stats>> tasks,
    List<String> skipped) {

  /**
   * One data file.
   *
   * @param path the path relative to the output directory
   * @param task the task id
   * @param split {@code train}, {@code S}, {@code M} or {@code L}
   * @param variant the variant id
   * @param count the number of samples (lines)
   * @param bytes the file size
   * @param sha256 the SHA-256 of the file, hex
   */
  public record FileEntry(
      String path,
      String task,
      String split,
      String variant,
      long count,
      long bytes,
      String sha256) {}
}
