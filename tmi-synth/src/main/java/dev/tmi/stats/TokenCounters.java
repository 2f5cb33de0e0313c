package dev.tmi.stats;

import java.io.IOException;
import java.nio.file.Path;

/** Chooses a token counter: a given tokenizer, or the documented approximation. */
public final class TokenCounters {
  private TokenCounters() {}

  /** The tokenizer at {@code path}, or the approximation when {@code path} is {@code null}. */
  public static TokenCounter of(Path path) throws IOException {
    return path == null ? new ApproxTokenCounter() : HfTokenCounter.load(path);
  }
}
