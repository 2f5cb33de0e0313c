package dev.tmi.eval.client;

import java.io.IOException;
import java.time.Duration;

/**
 * A failed model call, with what the runner needs to decide whether to try again.
 *
 * <p>Retryable: HTTP 408, 409, 429 and 5xx, time-outs, dropped connections, unreadable answers. Not
 * retryable: other 4xx (a bad request stays bad).
 */
public final class ModelCallException extends IOException {
  private final int status;
  private final boolean retryable;
  private final transient Duration retryAfter;

  /**
   * @param message what went wrong, never containing the API key
   * @param status the HTTP status, or 0 if no status was received
   * @param retryable whether trying again may help
   * @param retryAfter how long the server asked us to wait, or {@code null}
   */
  public ModelCallException(
      String message, int status, boolean retryable, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or 0 if none was received. */
  public int status() {
    return status;
  }

  /** Whether trying again may help. */
  public boolean retryable() {
    return retryable;
  }

  /** The wait the server asked for ({@code Retry-After}), or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whether an HTTP status is worth retrying. */
  public static boolean retryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }
}
