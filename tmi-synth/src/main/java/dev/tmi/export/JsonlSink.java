package dev.tmi.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.SampleJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one JSON record per line in a chat format; see {@code docs/exports.md}. */
final class JsonlSink implements RecordSink {
  private final ExportOptions options;
  private final HashingOutputStream hashing;
  private final JsonGenerator g;
  private boolean closed;

  JsonlSink(Path file, ExportOptions options) throws IOException {
    if (options.format() == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("parquet is not a JSONL format");
    }
    this.options = options;
    this.hashing = new HashingOutputStream(Files.newOutputStream(file));
    this.g =
        SampleJson.MAPPER
            .getFactory()
            .createGenerator(new BufferedOutputStream(hashing, 1 << 20), JsonEncoding.UTF8);
    g.setRootValueSeparator(null);
  }

  @Override
  public void write(Sample s) throws IOException {
    ChatFraming f = options.framing();
    g.writeStartObject();
    switch (options.format()) {
      case MESSAGES, TRL_MESSAGES -> messages(g, "messages", f.messages(s), false);
      case XTUNER -> messages(g, "messages", f.messages(s), true);
      case ALPACA -> {
        g.writeStringField("instruction", f.user(s));
        g.writeStringField("input", "");
        g.writeStringField("output", f.assistant(s));
        if (f.system() != null) {
          g.writeStringField("system", f.system());
        }
      }
      case SHAREGPT -> {
        g.writeArrayFieldStart("conversations");
        turn(g, "from", "human", "value", f.user(s));
        turn(g, "from", "gpt", "value", f.assistant(s));
        g.writeEndArray();
        if (f.system() != null) {
          g.writeStringField("system", f.system());
        }
      }
      case TRL_PROMPT_COMPLETION -> {
        if (options.plain()) {
          g.writeStringField("prompt", f.user(s));
          g.writeStringField("completion", f.assistant(s));
        } else {
          List<ChatMessage> m = f.messages(s);
          messages(g, "prompt", m.subList(0, m.size() - 1), false);
          messages(g, "completion", m.subList(m.size() - 1, m.size()), false);
        }
      }
      default -> throw new IllegalStateException(options.format().id());
    }
    if (options.meta()) {
      g.writeStringField("id", s.id());
      g.writeStringField("task", s.task());
      g.writeStringField("split", s.split());
      g.writeStringField("variant", s.variant());
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void messages(JsonGenerator g, String field, List<ChatMessage> ms, boolean loss)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (ChatMessage m : ms) {
      g.writeStartObject();
      g.writeStringField("role", m.role());
      g.writeStringField("content", m.content());
      if (loss) {
        g.writeBooleanField("loss", m.loss());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void turn(
      JsonGenerator g, String roleKey, String role, String textKey, String text)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(roleKey, role);
    g.writeStringField(textKey, text);
    g.writeEndObject();
  }

  @Override
  public Written finish() throws IOException {
    g.close();
    closed = true;
    return new Written(hashing.count(), hashing.sha256());
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      g.close();
    }
  }
}
