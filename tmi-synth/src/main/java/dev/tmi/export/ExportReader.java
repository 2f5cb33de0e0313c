package dev.tmi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.synth.SampleJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads exported files back into {@link ChatRecord}s, interpreting each format the way its training
 * stack does (LLaMA-Factory's alpaca joins {@code instruction} and a non-empty {@code input} with a
 * newline; XTuner's missing {@code loss} means true on assistant turns). Used to check that an
 * export says what the samples say.
 */
public final class ExportReader {
  private static final String[] META = {"id", "task", "split", "variant"};

  private ExportReader() {}

  /** Hears records. */
  public interface RecordConsumer {
    /** One record. */
    void accept(ChatRecord record) throws IOException;
  }

  /** Reads every record of an exported file in order. */
  public static void read(Path file, ExportFormat format, RecordConsumer consumer)
      throws IOException {
    if (format == ExportFormat.PARQUET) {
      ParquetRows.read(
          file,
          row -> {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("id", row.sample().id());
            meta.put("task", row.sample().task());
            meta.put("split", row.sample().split());
            meta.put("variant", row.sample().variant());
            consumer.accept(new ChatRecord(row.messages(), defaultLoss(row.messages()), meta));
          });
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String where = file.getFileName() + ":" + n;
        JsonNode node;
        try {
          node = SampleJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(where + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException(where + ": not a JSON object");
        }
        consumer.accept(decode(node, format, where));
      }
    }
  }

  /** Reads a whole file into a list (for small files and tests). */
  public static List<ChatRecord> readAll(Path file, ExportFormat format) throws IOException {
    List<ChatRecord> out = new ArrayList<>();
    read(file, format, out::add);
    return out;
  }

  private static ChatRecord decode(JsonNode n, ExportFormat format, String where) {
    List<ChatMessage> ms = new ArrayList<>();
    List<Boolean> loss = new ArrayList<>();
    switch (format) {
      case MESSAGES, TRL_MESSAGES -> {
        messages(n, "messages", where, ms);
        loss.addAll(defaultLoss(ms));
      }
      case XTUNER -> {
        for (JsonNode m : array(n, "messages", where)) {
          ChatMessage cm = message(m, "role", "content", where);
          ms.add(cm);
          JsonNode l = m.get("loss");
          loss.add(l == null || l.isNull() ? cm.loss() : l.asBoolean());
        }
      }
      case ALPACA -> {
        system(n, ms);
        String instruction = text(n, "instruction", where);
        String input = n.path("input").asText("");
        ms.add(
            new ChatMessage(
                ChatMessage.USER, input.isEmpty() ? instruction : instruction + "\n" + input));
        ms.add(new ChatMessage(ChatMessage.ASSISTANT, text(n, "output", where)));
        loss.addAll(defaultLoss(ms));
      }
      case SHAREGPT -> {
        system(n, ms);
        for (JsonNode m : array(n, "conversations", where)) {
          ChatMessage raw = message(m, "from", "value", where);
          String role =
              switch (raw.role()) {
                case "human" -> ChatMessage.USER;
                case "gpt" -> ChatMessage.ASSISTANT;
                case "system" -> ChatMessage.SYSTEM;
                default ->
                    throw new IllegalArgumentException(
                        where + ": unknown sharegpt role '" + raw.role() + "'");
              };
          ms.add(new ChatMessage(role, raw.content()));
        }
        loss.addAll(defaultLoss(ms));
      }
      case TRL_PROMPT_COMPLETION -> {
        if (n.path("prompt").isTextual()) {
          ms.add(new ChatMessage(ChatMessage.USER, text(n, "prompt", where)));
          ms.add(new ChatMessage(ChatMessage.ASSISTANT, text(n, "completion", where)));
        } else {
          messages(n, "prompt", where, ms);
          messages(n, "completion", where, ms);
        }
        loss.addAll(defaultLoss(ms));
      }
      default -> throw new IllegalArgumentException(format.id() + " is not a JSONL format");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String k : META) {
      if (n.path(k).isTextual()) {
        meta.put(k, n.get(k).asText());
      }
    }
    return new ChatRecord(ms, loss, meta);
  }

  private static List<Boolean> defaultLoss(List<ChatMessage> ms) {
    return ms.stream().map(ChatMessage::loss).toList();
  }

  private static void system(JsonNode n, List<ChatMessage> ms) {
    if (n.path("system").isTextual()) {
      ms.add(new ChatMessage(ChatMessage.SYSTEM, n.get("system").asText()));
    }
  }

  private static void messages(JsonNode n, String field, String where, List<ChatMessage> out) {
    for (JsonNode m : array(n, field, where)) {
      out.add(message(m, "role", "content", where));
    }
  }

  private static Iterable<JsonNode> array(JsonNode n, String field, String where) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException(where + ": no \"" + field + "\" list");
    }
    return a;
  }

  private static ChatMessage message(JsonNode m, String roleKey, String textKey, String where) {
    return new ChatMessage(text(m, roleKey, where), text(m, textKey, where));
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(where + ": no \"" + field + "\" string");
    }
    return v.asText();
  }
}
