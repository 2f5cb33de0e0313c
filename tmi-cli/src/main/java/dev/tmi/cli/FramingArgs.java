package dev.tmi.cli;

import dev.tmi.export.ChatFraming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The chat framing options shared by {@code tmi export} and {@code tmi stats}. */
final class FramingArgs {
  @Option(
      names = "--system",
      paramLabel = "TEXT|@FILE",
      description =
          "System prompt, or @FILE to read it (default: ChatFraming.DEFAULT_SYSTEM, see"
              + " docs/exports.md).")
  String system;

  @Option(names = "--no-system", description = "No system prompt.")
  boolean noSystem;

  @Option(names = "--think", description = "Wrap chains of thought in <think>...</think>.")
  boolean think;

  @Option(
      names = "--user-template",
      defaultValue = ChatFraming.DEFAULT_USER_TEMPLATE,
      description = "User turn; {query} is the sample's query (default: ${DEFAULT-VALUE}).")
  String userTemplate;

  ChatFraming framing() throws IOException {
    if (noSystem && system != null) {
      throw new IllegalArgumentException("--system and --no-system exclude each other");
    }
    String sys = ChatFraming.DEFAULT_SYSTEM;
    if (noSystem) {
      sys = null;
    } else if (system != null && system.startsWith("@")) {
      Path p = Path.of(system.substring(1));
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("--system: file " + p + " not found");
      }
      sys = Files.readString(p, StandardCharsets.UTF_8).strip();
    } else if (system != null) {
      sys = system;
    }
    return new ChatFraming(sys, think, userTemplate);
  }
}
