package dev.tmi.export.recipe;

import java.util.List;

/**
 * One fine-tuning run: which exported training files, under which names.
 *
 * @param group the directory the recipe goes in: the mixture, e.g. {@code s-only} or {@code
 *     mix-8-1-1}
 * @param name the run, e.g. {@code addition-tail} or {@code all-tasks-tail}
 * @param exportDir the export directory, as the training stack will see it
 * @param datasets LLaMA-Factory dataset names (entries of the export's {@code dataset_info.json})
 * @param files the same training files, relative to {@code exportDir}
 * @param cutoffLen the longest sequence in tokens (longer ones would be truncated)
 * @param longestBytes the longest training conversation in UTF-8 bytes, or -1 if unknown
 */
public record Recipe(
    String group,
    String name,
    String exportDir,
    List<String> datasets,
    List<String> files,
    long cutoffLen,
    long longestBytes) {
  public Recipe {
    datasets = List.copyOf(datasets);
    files = List.copyOf(files);
  }

  /** Whether some conversation may be longer than the cutoff (its bytes exceed it). */
  public boolean mayTruncate() {
    return longestBytes > cutoffLen;
  }

  /** Where the trained model goes. */
  public String outputDir() {
    return "saves/tmi/" + group + "/" + name;
  }
}
