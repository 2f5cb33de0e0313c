package dev.tmi.export;

import java.util.Objects;

/**
 * How samples are written, whatever the files.
 *
 * @param format the format
 * @param framing the chat framing
 * @param meta whether each record carries {@code id}, {@code task}, {@code split} and {@code
 *     variant} (string fields every trainer ignores; they link a record to its sample)
 * @param plain TRL prompt-completion only: plain-text {@code prompt}/{@code completion} strings
 *     instead of the conversational form (no system prompt, no chat template)
 */
public record ExportOptions(ExportFormat format, ChatFraming framing, boolean meta, boolean plain) {
  public ExportOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(framing, "framing");
    if (plain && format != ExportFormat.TRL_PROMPT_COMPLETION) {
      throw new IllegalArgumentException(
          "--plain applies to --format trl-prompt-completion only, not " + format.id());
    }
    if (plain && framing.system() != null) {
      // Plain text has no system turn: dropping it here keeps export.json truthful.
      framing = new ChatFraming(null, framing.think(), framing.userTemplate());
    }
  }

  /** Defaults for a format: default framing, metadata on, conversational. */
  public static ExportOptions of(ExportFormat format) {
    return new ExportOptions(format, ChatFraming.defaults(), true, false);
  }
}
