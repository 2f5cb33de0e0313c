package dev.tmi.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * {@code export.json}: what {@code tmi export} wrote and from what. Recipes are generated from it.
 *
 * @param generator the generator's name and version
 * @param format the format id
 * @param framing how samples became chats
 * @param meta whether records carry id, task, split and variant
 * @param plain TRL prompt-completion in plain-text form
 * @param source the data set exported
 * @param files every file written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportManifest(
    Map<String, String> generator,
    String format,
    Framing framing,
    boolean meta,
    boolean plain,
    Source source,
    List<ExportFile> files) {

  /**
   * The chat framing.
   *
   * @param system the system prompt, or {@code null} for none
   * @param think whether chains of thought were wrapped in think tags
   * @param userTemplate the user turn template
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Framing(String system, boolean think, String userTemplate) {
    static Framing of(ChatFraming f) {
      return new Framing(f.system(), f.think(), f.userTemplate());
    }

    /** Back to a framing. */
    public ChatFraming toFraming() {
      return new ChatFraming(system, think, userTemplate);
    }
  }

  /**
   * The exported data set.
   *
   * @param path the data directory as given
   * @param manifestSha256 the SHA-256 of its {@code manifest.json}
   * @param config its synthesis configuration
   */
  public record Source(String path, String manifestSha256, JsonNode config) {}

  /**
   * One exported file.
   *
   * @param path relative to the export directory
   * @param source the data file it comes from, relative to the data directory
   * @param task the task id
   * @param split {@code train}, {@code S}, {@code M} or {@code L}
   * @param variant the variant id
   * @param count records
   * @param bytes file size
   * @param sha256 file checksum, hex
   * @param dataset its name in {@code dataset_info.json}
   * @param maxChatBytes the longest conversation in UTF-8 bytes as ChatML renders it: an upper
   *     bound of its tokens under any byte-level BPE tokenizer, used to choose a cutoff length
   */
  public record ExportFile(
      String path,
      String source,
      String task,
      String split,
      String variant,
      long count,
      long bytes,
      String sha256,
      String dataset,
      long maxChatBytes) {

    /** The file stem: {@code train}, {@code eval-S}, ... */
    public String stem() {
      String name = source.substring(source.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  /** The export's format. */
  public ExportFormat exportFormat() {
    return ExportFormat.parse(format);
  }
}
