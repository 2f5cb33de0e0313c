package dev.tmi.eval.loopback;

/** What the loopback server does with one request. */
public sealed interface Reply {
  /** A normal answer. */
  record Ok(String text, String finishReason, int promptTokens, int completionTokens)
      implements Reply {}

  /** An HTTP error status, with an optional {@code Retry-After} (seconds, or null). */
  record Status(int code, String retryAfter, String body) implements Reply {}

  /** Waits, then replies. */
  record Delay(long millis, Reply then) implements Reply {}

  /** Sends the headers and half the body of {@code then}, then nothing more (a stalled body). */
  record Stall(Ok then) implements Reply {}

  /** A 200 whose body is not JSON. */
  record Malformed(String body) implements Reply {}

  /** A normal answer that stopped normally. */
  static Ok ok(String text) {
    return new Ok(text, "stop", 10, Math.max(1, text.length() / 4));
  }
}
