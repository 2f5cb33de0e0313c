package dev.tmi.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The training-ready formats {@code tmi export} writes; see {@code docs/exports.md}. */
public enum ExportFormat {
  /** OpenAI chat messages: {@code {"messages":[{"role":..,"content":..}]}}. */
  MESSAGES("messages", ".jsonl", "OpenAI chat messages (JSONL)"),
  /** XTuner's OpenAI format: messages with a per-message {@code loss} flag. */
  XTUNER("xtuner", ".jsonl", "XTuner OpenAI-format messages with per-message loss flags (JSONL)"),
  /** LLaMA-Factory alpaca: {@code instruction}, {@code input}, {@code output}, {@code system}. */
  ALPACA("alpaca", ".jsonl", "LLaMA-Factory alpaca (JSONL)"),
  /**
   * LLaMA-Factory sharegpt: {@code conversations} of {@code from}/{@code value}, {@code system}.
   */
  SHAREGPT("sharegpt", ".jsonl", "LLaMA-Factory sharegpt (JSONL)"),
  /** TRL prompt-completion, conversational by default. */
  TRL_PROMPT_COMPLETION(
      "trl-prompt-completion", ".jsonl", "TRL SFTTrainer prompt-completion (JSONL)"),
  /** TRL conversational language modelling: {@code messages}. */
  TRL_MESSAGES("trl-messages", ".jsonl", "TRL SFTTrainer messages (JSONL)"),
  /** Apache Parquet with flat sample columns plus {@code messages}. */
  PARQUET("parquet", ".parquet", "Apache Parquet (flat sample columns + messages)");

  private final String id;
  private final String extension;
  private final String title;

  ExportFormat(String id, String extension, String title) {
    this.id = id;
    this.extension = extension;
    this.title = title;
  }

  /** The id used on the command line and in {@code export.json}. */
  public String id() {
    return id;
  }

  /** The file extension, with the dot. */
  public String extension() {
    return extension;
  }

  /** A one-line description. */
  public String title() {
    return title;
  }

  /** Whether LLaMA-Factory can read the files through a {@code dataset_info.json} entry. */
  public boolean llamaFactory() {
    return this != TRL_PROMPT_COMPLETION;
  }

  /**
   * Parses a format id.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  public static ExportFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.id.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + text + "'; known formats: " + ids());
  }

  /** Every id, comma-separated. */
  public static String ids() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }
}
