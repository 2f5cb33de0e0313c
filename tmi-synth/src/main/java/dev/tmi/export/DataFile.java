package dev.tmi.export;

/**
 * One data file of a {@code tmi synth} output, as its manifest lists it.
 *
 * @param path the path relative to the data directory, with {@code /}
 * @param task the task id
 * @param split {@code train}, {@code S}, {@code M} or {@code L}
 * @param variant the variant id
 * @param count the number of samples
 * @param bytes the file size, or -1 when the manifest does not say
 * @param sha256 the SHA-256 of the file, hex
 */
public record DataFile(
    String path, String task, String split, String variant, long count, long bytes, String sha256) {

  /** The file name without directories and extension, e.g. {@code train} or {@code eval-S}. */
  public String stem() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The relative path without the extension, e.g. {@code addition/tail/train}. */
  public String base() {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
  }
}
