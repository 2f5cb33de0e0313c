package dev.tmi.engine.machine;

import dev.tmi.engine.verify.ErrorType;

/**
 * Raised while replaying a model's trace when it can no longer be followed: the algorithm expected
 * a different kind of step, a different state, or a value it cannot use. Carries the error type the
 * verifier reports.
 */
public final class TraceMismatch extends RuntimeException {
  private final ErrorType type;

  public TraceMismatch(ErrorType type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  /** A format error: the step does not have the shape the algorithm needs. */
  public static TraceMismatch format(String message) {
    return new TraceMismatch(ErrorType.FORMAT, message);
  }

  /** The error type to report. */
  public ErrorType type() {
    return type;
  }
}
