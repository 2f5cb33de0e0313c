package dev.tmi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.task.Split;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * A sample's line, written with its repeating parts encoded once, is what Jackson writes for the
 * same fields in the order of {@link dev.tmi.engine.sample.Sample}, line after line whatever the
 * order of streams, splits and variants.
 */
class SampleLinesTest {
  private static final List<String> VARIANTS = List.of("tail", "no-linear", "direct");

  record Line(
      String stream,
      Split split,
      long index,
      int variant,
      String query,
      String cot,
      String boxed) {}

  @Property(tries = 300)
  void linesAreWhatJacksonWritesForTheSameFields(
      @ForAll("lines") List<Line> lines,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
      @ForAll("lengths") Map<String, Integer> lengths)
      throws Exception {
    byte[] answer = "{\"value\":\"-12.5\"}".getBytes(StandardCharsets.UTF_8);
    byte[] instance = "{\"a\":[1,2],\"b\":\"x\\\"y\"}".getBytes(StandardCharsets.UTF_8);
    SampleLines writer =
        new SampleLines("count-letters", "enumeration", "train", seed, VARIANTS, TextBuffer.json());
    for (Line l : lines) {
      Bytes out = new Bytes(16);
      writer.write(
          out,
          l.variant(),
          l.stream(),
          l.split(),
          l.index(),
          lengths,
          TextBuffer.json().append(l.query()),
          TextBuffer.json().append(l.cot()),
          inBuffer(answer),
          l.boxed(),
          inBuffer(instance));
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("id", "count-letters/" + l.stream() + "/" + l.index());
      fields.put("task", "count-letters");
      fields.put("class", "enumeration");
      fields.put("split", l.split().name());
      fields.put("set", "train");
      fields.put("lengths", lengths);
      fields.put("variant", VARIANTS.get(l.variant()));
      fields.put("seed", seed);
      fields.put("index", l.index());
      fields.put("query", l.query());
      fields.put("cot", l.cot());
      fields.put("answer", json(answer));
      fields.put("boxed", l.boxed());
      fields.put("instance", json(instance));
      assertThat(new String(out.array(), 0, out.length(), StandardCharsets.UTF_8))
          .isEqualTo(SampleJson.MAPPER.writeValueAsString(fields) + "\n");
    }
  }

  private static JsonNode json(byte[] bytes) throws Exception {
    return SampleJson.MAPPER.readTree(bytes);
  }

  @Provide
  Arbitrary<List<Line>> lines() {
    // Text without lone surrogates, which UTF-8 cannot carry, and without the control characters
    // that Jackson escapes by other names than our lines do (\b as against \u0008), both valid
    // JSON (JsonLineTest covers them).
    Arbitrary<String> text =
        Arbitraries.strings()
            .all()
            .ofMaxLength(40)
            .filter(
                s ->
                    s.chars()
                        .allMatch(
                            c ->
                                c == '\n'
                                    || c == '\t'
                                    || (c >= ' ' && !Character.isSurrogate((char) c))));
    return Combinators.combine(
            Arbitraries.of("train-S", "train-M", "eval-L", "given"),
            Arbitraries.of(Split.class),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.integers().between(0, VARIANTS.size() - 1),
            text,
            text,
            text)
        .as(Line::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<Map<String, Integer>> lengths() {
    return Arbitraries.maps(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
            Arbitraries.integers().between(-5, 100_000))
        .ofMaxSize(3)
        .map(LinkedHashMap::new);
  }

  /** The bytes in a reused buffer: its array is longer than what it holds. */
  private static Bytes inBuffer(byte[] json) {
    Bytes b = new Bytes(json.length * 2);
    b.write(new byte[] {'?', '?', '?'}, 0, 3);
    b.reset();
    b.write(json, 0, json.length);
    return b;
  }
}
