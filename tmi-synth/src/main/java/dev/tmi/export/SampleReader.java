package dev.tmi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Streams the samples of one JSONL data file, one at a time, so that a file of any size costs one
 * line of memory. Every line must be a complete sample of the file's task and variant; the line
 * count and the SHA-256 (computed over the bytes as they are read) must match the manifest, which
 * is checked when the end is reached. Errors name {@code file:line}.
 */
public final class SampleReader implements AutoCloseable {
  private static final ObjectReader READER = SampleJson.MAPPER.readerFor(Sample.class);

  private final InputStream in;
  private final String label;
  private final long expectedCount;
  private final String expectedSha256;
  private final MessageDigest digest = SynthData.sha256();
  private final byte[] buf = new byte[1 << 20];
  private int pos;
  private int lim;
  private boolean eof;
  private byte[] line = new byte[1 << 16];
  private long lineNo;
  private long bytesRead;
  private String task;
  private String variant;

  /**
   * Opens a file.
   *
   * @param file the file
   * @param label how errors name the file, e.g. its path relative to the data directory
   * @param expectedCount the number of samples the manifest lists, or -1 not to check
   * @param expectedSha256 the checksum the manifest lists, or {@code null} not to check
   */
  public SampleReader(Path file, String label, long expectedCount, String expectedSha256)
      throws IOException {
    this.in = Files.newInputStream(file);
    this.label = label;
    this.expectedCount = expectedCount;
    this.expectedSha256 = expectedSha256;
  }

  /** Requires every sample to have this task and variant (the manifest's for the file). */
  public SampleReader expect(String task, String variant) {
    this.task = task;
    this.variant = variant;
    return this;
  }

  /**
   * The next sample, or {@code null} at the end (after the count and checksum were checked).
   *
   * @throws IllegalArgumentException for a malformed line, a wrong count or checksum
   */
  public Sample next() throws IOException {
    int len = readLine();
    if (len < 0) {
      finish();
      return null;
    }
    lineNo++;
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    if (len == 0) {
      throw error("empty line");
    }
    Sample s;
    try {
      s = READER.readValue(line, 0, len);
    } catch (JsonProcessingException e) {
      throw error("malformed JSON: " + e.getOriginalMessage());
    }
    if (s == null) {
      throw error("not a JSON object");
    }
    require(s.id(), "id");
    require(s.task(), "task");
    require(s.split(), "split");
    require(s.variant(), "variant");
    require(s.query(), "query");
    require(s.cot(), "cot");
    require(s.answer(), "answer");
    require(s.boxed(), "boxed");
    require(s.instance(), "instance");
    if (task != null && !task.equals(s.task())) {
      throw error("task '" + s.task() + "' in a file of task '" + task + "'");
    }
    if (variant != null && !variant.equals(s.variant())) {
      throw error("variant '" + s.variant() + "' in a file of variant '" + variant + "'");
    }
    return s;
  }

  /** Lines read so far. */
  public long lines() {
    return lineNo;
  }

  /** Bytes read so far. */
  public long bytesRead() {
    return bytesRead;
  }

  private void require(Object value, String field) {
    if (value == null) {
      throw error("missing field \"" + field + "\"");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(label + ":" + lineNo + ": " + what);
  }

  private void finish() {
    if (expectedCount >= 0 && lineNo != expectedCount) {
      throw new IllegalArgumentException(
          label
              + ": "
              + lineNo
              + " samples, the manifest says "
              + expectedCount
              + ": the file changed after synthesis");
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(actual)) {
      throw new IllegalArgumentException(
          label
              + ": sha256 mismatch (file "
              + actual
              + ", manifest "
              + expectedSha256
              + "): the file changed after synthesis");
    }
  }

  /** Reads the next line into {@link #line} without its newline; -1 at the end. */
  private int readLine() throws IOException {
    int len = 0;
    while (true) {
      if (pos == lim) {
        if (eof || !fill()) {
          return len > 0 ? len : -1;
        }
      }
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? lim : nl;
      int n = end - pos;
      if (len + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
      }
      System.arraycopy(buf, pos, line, len, n);
      len += n;
      if (nl >= 0) {
        pos = nl + 1;
        return len;
      }
      pos = lim;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buf);
    if (n <= 0) {
      eof = true;
      pos = lim = 0;
      return false;
    }
    digest.update(buf, 0, n);
    bytesRead += n;
    pos = 0;
    lim = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
