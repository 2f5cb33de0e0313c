package dev.tmi.engine.format;

import java.util.Arrays;
import java.util.Objects;

/**
 * A constant string encoded once for both kinds of {@link TextBuffer}: its UTF-8 bytes, and the
 * same text escaped as the inside of a JSON string. Appending it copies bytes, where appending the
 * string tests and copies it a character at a time: a query template's text is the same for
 * thousands of samples, and most of each query.
 */
public final class EncodedText {
  private final String text;
  private final byte[] plain;
  private final byte[] json;

  /** Encodes a string. */
  public EncodedText(String text) {
    this.text = Objects.requireNonNull(text, "text");
    this.plain = bytes(TextBuffer.plain(text.length()).append(text));
    this.json = bytes(TextBuffer.json().append(text));
  }

  private static byte[] bytes(TextBuffer b) {
    return Arrays.copyOf(b.array(), b.length());
  }

  /** The string. */
  public String text() {
    return text;
  }

  /** Its bytes as a buffer of this kind holds them; the caller must not change them. */
  byte[] bytes(boolean forJson) {
    return forJson ? json : plain;
  }

  @Override
  public String toString() {
    return text;
  }
}
