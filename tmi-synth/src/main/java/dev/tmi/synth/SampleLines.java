package dev.tmi.synth;

import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.task.Split;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON lines of one task's samples in one set, in the field order of {@link
 * dev.tmi.engine.sample.Sample}, with the parts that are the same from line to line encoded once:
 * the task, class, split and set between the id and the lengths, and the variant and seed after
 * them. A sample's line is mostly such fields, and writing each one's name and value again cost a
 * tenth of rendering a sample whose chain of thought is short.
 *
 * <p>Not thread-safe: a thread rendering a range of samples owns one.
 */
final class SampleLines {
  private static final JsonLine.Key ID = JsonLine.key("id");
  private static final JsonLine.Key TASK = JsonLine.key("task");
  private static final JsonLine.Key CLASS = JsonLine.key("class");
  private static final JsonLine.Key SPLIT = JsonLine.key("split");
  private static final JsonLine.Key SET = JsonLine.key("set");
  private static final JsonLine.Key LENGTHS = JsonLine.key("lengths");
  private static final JsonLine.Key VARIANT = JsonLine.key("variant");
  private static final JsonLine.Key SEED = JsonLine.key("seed");
  private static final JsonLine.Key INDEX = JsonLine.key("index");
  private static final JsonLine.Key QUERY = JsonLine.key("query");
  private static final JsonLine.Key COT = JsonLine.key("cot");
  private static final JsonLine.Key ANSWER = JsonLine.key("answer");
  private static final JsonLine.Key BOXED = JsonLine.key("boxed");
  private static final JsonLine.Key INSTANCE = JsonLine.key("instance");

  private final String task;
  private final TextBuffer scratch;
  // By split: the id's closing quote, then task, class, split and set, up to the lengths' "{".
  private final byte[][] afterId;
  // By variant: the lengths' "}", variant and seed, up to the index's value.
  private final byte[][] afterLengths;
  // The id up to its index, for the stream of the last line: a range of samples is mostly one.
  private String stream;
  private byte[] idHead;

  /**
   * A writer of the lines of one task and set.
   *
   * @param task the task id
   * @param algorithmClass the task's algorithm class id
   * @param set {@code train} or {@code eval}
   * @param seed the run seed
   * @param variants the variant id of each output, by position
   * @param scratch a {@linkplain TextBuffer#json() JSON buffer} to escape strings in
   */
  SampleLines(
      String task,
      String algorithmClass,
      String set,
      long seed,
      List<String> variants,
      TextBuffer scratch) {
    this.task = task;
    this.scratch = scratch;
    Split[] splits = Split.values();
    afterId = new byte[splits.length][];
    for (Split s : splits) {
      Bytes b = new Bytes(128);
      b.write('"');
      JsonLine j = new JsonLine(b).continued();
      j.field(TASK, task).field(CLASS, algorithmClass).field(SPLIT, s.name()).field(SET, set);
      j.objectStart(LENGTHS);
      afterId[s.ordinal()] = Arrays.copyOf(b.array(), b.length());
    }
    afterLengths = new byte[variants.size()][];
    for (int v = 0; v < variants.size(); v++) {
      Bytes b = new Bytes(64);
      b.write('}');
      new JsonLine(b).continued().field(VARIANT, variants.get(v)).field(SEED, seed).name(INDEX);
      afterLengths[v] = Arrays.copyOf(b.array(), b.length());
    }
  }

  /**
   * Writes one sample's line and a newline.
   *
   * @param out where the line goes
   * @param variant the position of the sample's variant in the constructor's list
   * @param stream the stream the sample was drawn from, e.g. {@code train-S}
   * @param split its length split
   * @param index its index within the stream
   * @param lengths its length parameters
   * @param query the query, already escaped in a JSON buffer
   * @param cot the chain of thought, already escaped in a JSON buffer
   * @param answer the answer as JSON
   * @param boxed the boxed text
   * @param instance the instance as JSON
   */
  void write(
      Bytes out,
      int variant,
      String stream,
      Split split,
      long index,
      Map<String, Integer> lengths,
      TextBuffer query,
      TextBuffer cot,
      Bytes answer,
      String boxed,
      Bytes instance) {
    JsonLine j = new JsonLine(out, scratch);
    j.verbatim(idHead(stream)).digits(index).verbatim(afterId[split.ordinal()]).opened();
    for (Map.Entry<String, Integer> e : lengths.entrySet()) {
      j.field(e.getKey(), e.getValue());
    }
    j.verbatim(afterLengths[variant]).digits(index);
    j.field(QUERY, query).field(COT, cot);
    j.raw(ANSWER, answer).field(BOXED, boxed).raw(INSTANCE, instance);
    j.end();
  }

  /** The line's start up to the index: the opening brace, then {@code "id":"task/stream/}. */
  private byte[] idHead(String stream) {
    if (!stream.equals(this.stream)) {
      Bytes b = new Bytes(64);
      new JsonLine(b).begin().field(ID, task + "/" + stream + "/");
      // The string's closing quote comes after the index.
      idHead = Arrays.copyOf(b.array(), b.length() - 1);
      this.stream = stream;
    }
    return idHead;
  }
}
