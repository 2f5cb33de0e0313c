package dev.tmi.export;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes on their way to a file. */
final class HashingOutputStream extends OutputStream {
  private final OutputStream out;
  private final MessageDigest digest = SynthData.sha256();
  private long count;

  HashingOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    digest.update((byte) b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    digest.update(b, off, len);
    count += len;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  long count() {
    return count;
  }

  /** The hex SHA-256 of everything written; call once, at the end. */
  String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
