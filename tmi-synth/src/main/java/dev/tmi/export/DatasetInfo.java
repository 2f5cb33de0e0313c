package dev.tmi.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.synth.SampleJson;

/**
 * LLaMA-Factory's {@code dataset_info.json} for an export: one entry per file, named by {@link
 * DatasetNames}, with the format's {@code formatting}, {@code columns} and {@code tags}. Point
 * LLaMA-Factory's {@code dataset_dir} at the export directory and name the entries in {@code
 * dataset}.
 */
public final class DatasetInfo {
  private DatasetInfo() {}

  /** The whole file; empty for formats LLaMA-Factory cannot read. */
  public static ObjectNode of(ExportManifest m) {
    ObjectNode root = SampleJson.MAPPER.createObjectNode();
    ExportFormat f = m.exportFormat();
    if (!f.llamaFactory()) {
      return root;
    }
    for (ExportManifest.ExportFile file : m.files()) {
      root.set(file.dataset(), entry(f, file.path(), m.framing().system() != null));
    }
    return root;
  }

  /** One entry. */
  static ObjectNode entry(ExportFormat f, String fileName, boolean system) {
    ObjectNode e = SampleJson.MAPPER.createObjectNode();
    e.put("file_name", fileName);
    ObjectNode columns;
    switch (f) {
      case ALPACA -> {
        e.put("formatting", "alpaca");
        columns = e.putObject("columns");
        columns.put("prompt", "instruction");
        columns.put("query", "input");
        columns.put("response", "output");
        if (system) {
          columns.put("system", "system");
        }
      }
      case SHAREGPT -> {
        e.put("formatting", "sharegpt");
        columns = e.putObject("columns");
        columns.put("messages", "conversations");
        if (system) {
          columns.put("system", "system");
        }
        ObjectNode tags = e.putObject("tags");
        tags.put("role_tag", "from");
        tags.put("content_tag", "value");
        tags.put("user_tag", "human");
        tags.put("assistant_tag", "gpt");
      }
      case MESSAGES, XTUNER, TRL_MESSAGES, PARQUET -> {
        // OpenAI-style messages; a leading system message becomes the system prompt.
        e.put("formatting", "sharegpt");
        columns = e.putObject("columns");
        columns.put("messages", "messages");
        ObjectNode tags = e.putObject("tags");
        tags.put("role_tag", "role");
        tags.put("content_tag", "content");
        tags.put("user_tag", "user");
        tags.put("assistant_tag", "assistant");
        tags.put("system_tag", "system");
      }
      default -> throw new IllegalArgumentException(f.id() + " has no LLaMA-Factory entry");
    }
    return e;
  }
}
