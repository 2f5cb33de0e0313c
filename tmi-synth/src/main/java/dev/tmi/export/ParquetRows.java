package dev.tmi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/** Reads a Parquet export back, row by row, row group by row group. */
public final class ParquetRows {
  private ParquetRows() {}

  /**
   * One row.
   *
   * @param sample the sample, all fields restored
   * @param system the system prompt, or {@code null}
   * @param response the framed assistant turn
   * @param messages the conversation
   */
  public record Row(Sample sample, String system, String response, List<ChatMessage> messages) {}

  /** Hears rows. */
  public interface RowConsumer {
    /** One row. */
    void accept(Row row) throws IOException;
  }

  /** Reads every row of a file in order. */
  public static void read(Path file, RowConsumer consumer) throws IOException {
    try (ParquetFileReader r =
        ParquetFileReader.open(blue.strategic.parquet.ParquetReader.makeInputFile(file.toFile()))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> rr = io.getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          consumer.accept(row(rr.read()));
        }
      }
    }
  }

  private static Row row(Group g) throws JsonProcessingException {
    Map<String, Integer> lengths =
        opt(g, "lengths") == null
            ? null
            : SampleJson.MAPPER.readValue(
                opt(g, "lengths"), new TypeReference<Map<String, Integer>>() {});
    Sample s =
        new Sample(
            g.getString("id", 0),
            g.getString("task", 0),
            opt(g, "class"),
            g.getString("split", 0),
            opt(g, "set"),
            lengths,
            g.getString("variant", 0),
            g.getLong("seed", 0),
            g.getLong("index", 0),
            g.getString("query", 0),
            g.getString("cot", 0),
            tree(g.getString("answer", 0)),
            g.getString("boxed", 0),
            tree(g.getString("instance", 0)));
    List<ChatMessage> ms = new ArrayList<>();
    Group list = g.getGroup("messages", 0);
    for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
      Group e = list.getGroup("list", i).getGroup("element", 0);
      ms.add(new ChatMessage(e.getString("role", 0), e.getString("content", 0)));
    }
    return new Row(s, opt(g, "system"), g.getString("response", 0), ms);
  }

  private static String opt(Group g, String field) {
    return g.getFieldRepetitionCount(field) == 0 ? null : g.getString(field, 0);
  }

  private static JsonNode tree(String json) throws JsonProcessingException {
    return SampleJson.MAPPER.readTree(json);
  }
}
