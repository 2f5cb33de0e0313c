package dev.tmi.export;

import dev.tmi.engine.sample.Sample;
import java.io.IOException;

/** Writes exported records to one file. */
interface RecordSink extends AutoCloseable {
  /** Writes one sample. */
  void write(Sample s) throws IOException;

  /**
   * Flushes everything to disk and returns what was written; the sink is closed after.
   *
   * @return bytes and SHA-256 of the file
   */
  Written finish() throws IOException;

  /** Releases the file without finishing (after an error). */
  @Override
  void close() throws IOException;

  /**
   * A finished file.
   *
   * @param bytes its size
   * @param sha256 its SHA-256, hex
   */
  record Written(long bytes, String sha256) {}
}
