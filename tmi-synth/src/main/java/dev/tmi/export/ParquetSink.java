package dev.tmi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.SampleJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes samples to a Parquet file (Snappy, format v1 pages for the widest reader support), in row
 * groups of {@link #ROW_GROUP_BYTES}, so memory stays bounded whatever the file size. Runs on
 * Apache Parquet's writer with parquet-floor's stand-ins for the Hadoop classes it names.
 */
final class ParquetSink implements RecordSink {
  /** Row group size: small enough to bound memory, large enough for good compression. */
  static final int ROW_GROUP_BYTES = 32 << 20;

  private final FileOutput file;
  private final ParquetWriter<Sample> writer;
  private boolean closed;

  ParquetSink(Path path, ExportOptions options) throws IOException {
    this.file = new FileOutput(path);
    this.writer =
        new Builder(file, options.framing())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
            .withRowGroupSize((long) ROW_GROUP_BYTES)
            .withPageSize(1 << 20)
            .withDictionaryEncoding(true)
            // Long, mostly unique texts: hashing them for a dictionary costs more than it saves.
            .withDictionaryEncoding("id", false)
            .withDictionaryEncoding("query", false)
            .withDictionaryEncoding("cot", false)
            .withDictionaryEncoding("instance", false)
            .withDictionaryEncoding("response", false)
            .withDictionaryEncoding("messages.list.element.content", false)
            // Min/max statistics of long texts only cost comparisons; nobody filters on them.
            .withStatisticsEnabled("query", false)
            .withStatisticsEnabled("cot", false)
            .withStatisticsEnabled("instance", false)
            .withStatisticsEnabled("response", false)
            .withStatisticsEnabled("messages.list.element.content", false)
            .build();
  }

  @Override
  public void write(Sample s) throws IOException {
    writer.write(s);
  }

  @Override
  public Written finish() throws IOException {
    writer.close();
    closed = true;
    return new Written(file.stream.count(), file.stream.sha256());
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      writer.close();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Sample, Builder> {
    private final ChatFraming framing;

    Builder(OutputFile file, ChatFraming framing) {
      super(file);
      this.framing = framing;
    }

    @Override
    protected Builder self() {
      return this;
    }

    // The Hadoop-typed hook is the one parquet-floor's stand-in classes satisfy.
    @Override
    @SuppressWarnings("deprecation")
    protected WriteSupport<Sample> getWriteSupport(Configuration conf) {
      return new SampleWriteSupport(framing);
    }
  }

  private static final class SampleWriteSupport extends WriteSupport<Sample> {
    private final ChatFraming framing;
    private RecordConsumer rc;

    SampleWriteSupport(ChatFraming framing) {
      this.framing = framing;
    }

    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(Configuration configuration) {
      HashMap<String, String> meta = new HashMap<>();
      meta.put("tmi.schema", "tmi-sample-1");
      return new WriteContext(ParquetSchema.SCHEMA, meta);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.rc = recordConsumer;
    }

    @Override
    public void write(Sample s) {
      int i = 0;
      rc.startMessage();
      string(i++, "id", s.id());
      string(i++, "task", s.task());
      string(i++, "class", s.algorithmClass());
      string(i++, "split", s.split());
      string(i++, "set", s.set());
      string(i++, "variant", s.variant());
      int64(i++, "seed", s.seed());
      int64(i++, "index", s.index());
      string(i++, "query", s.query());
      string(i++, "cot", s.cot());
      string(i++, "answer", json(s.answer()));
      string(i++, "boxed", s.boxed());
      string(i++, "instance", json(s.instance()));
      string(i++, "lengths", s.lengths() == null ? null : json(s.lengths()));
      string(i++, "system", framing.system());
      string(i++, "response", framing.assistant(s));
      List<ChatMessage> ms = framing.messages(s);
      rc.startField("messages", i);
      rc.startGroup();
      rc.startField("list", 0);
      for (ChatMessage m : ms) {
        rc.startGroup();
        rc.startField("element", 0);
        rc.startGroup();
        rc.startField("role", 0);
        rc.addBinary(Binary.fromString(m.role()));
        rc.endField("role", 0);
        rc.startField("content", 1);
        rc.addBinary(Binary.fromString(m.content()));
        rc.endField("content", 1);
        rc.endGroup();
        rc.endField("element", 0);
        rc.endGroup();
      }
      rc.endField("list", 0);
      rc.endGroup();
      rc.endField("messages", i);
      rc.endMessage();
    }

    private void string(int index, String name, String value) {
      if (value == null) {
        return;
      }
      rc.startField(name, index);
      rc.addBinary(Binary.fromString(value));
      rc.endField(name, index);
    }

    private void int64(int index, String name, long value) {
      rc.startField(name, index);
      rc.addLong(value);
      rc.endField(name, index);
    }

    private static String json(Object value) {
      try {
        return SampleJson.MAPPER.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A local file as Parquet's output, counting and hashing what is written. */
  private static final class FileOutput implements OutputFile {
    private final Path path;
    private HashingOutputStream stream;

    FileOutput(Path path) {
      this.path = path;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
      return createOrOverwrite(blockSizeHint);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
      stream = new HashingOutputStream(Files.newOutputStream(path));
      BufferedOutputStream out = new BufferedOutputStream(stream, 1 << 20);
      return new PositionOutputStream() {
        private long pos;

        @Override
        public long getPos() {
          return pos;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          pos += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return path.toString();
    }
  }
}
