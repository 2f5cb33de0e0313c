package dev.tmi.eval.run;

/**
 * Spaces request starts at most {@code rate} per second across all threads. Each caller reserves
 * the next free slot and sleeps until it; no bursts beyond one request.
 */
final class RateLimiter {
  private final long intervalNanos;
  private long next;

  /**
   * @param rate requests per second; 0 or less for no limit
   */
  RateLimiter(double rate) {
    this.intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
    this.next = System.nanoTime();
  }

  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long at;
    synchronized (this) {
      long now = System.nanoTime();
      at = Math.max(now, next);
      next = at + intervalNanos;
    }
    long wait = at - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
