package dev.tmi.eval.run;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter, honouring the server's {@code Retry-After}.
 *
 * @param retries retries after the first attempt
 * @param base the first back-off
 * @param max the longest back-off, and the longest {@code Retry-After} honoured
 */
public record RetryPolicy(int retries, Duration base, Duration max) {
  public RetryPolicy {
    if (retries < 0 || retries > 100) {
      throw new IllegalArgumentException("--retries must be between 0 and 100, got " + retries);
    }
    if (base.isNegative() || max.isNegative()) {
      throw new IllegalArgumentException("back-off durations must not be negative");
    }
  }

  /**
   * The wait before retry number {@code retry} (1-based): {@code base * 2^(retry-1)}, jittered to
   * between half and all of it, capped at {@code max}, and never shorter than what the server asked
   * for.
   */
  public Duration delay(int retry, Duration retryAfter) {
    long cap = max.toMillis();
    long exp = base.toMillis() << Math.min(30, retry - 1);
    long ms = Math.min(cap, exp < 0 ? cap : exp);
    ms = ms / 2 + (ms > 1 ? ThreadLocalRandom.current().nextLong(ms / 2 + 1) : 0);
    if (retryAfter != null) {
      ms = Math.max(ms, Math.min(cap, retryAfter.toMillis()));
    }
    return Duration.ofMillis(ms);
  }
}
