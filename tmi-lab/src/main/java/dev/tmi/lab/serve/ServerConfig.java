package dev.tmi.lab.serve;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind (loopback by default)
 * @param port the port (0: any free port)
 * @param maxConcurrency requests generating at once; more get 429
 * @param maxBodyBytes the largest request body; larger gets 413
 * @param maxTokens the largest {@code max_tokens} a request may ask for
 * @param queueMillis how long a request may wait for a free slot before 429
 */
public record ServerConfig(
    String host, int port, int maxConcurrency, int maxBodyBytes, int maxTokens, long queueMillis) {
  public ServerConfig {
    if (port < 0
        || port > 65535
        || maxConcurrency < 1
        || maxBodyBytes < 1
        || maxTokens < 1
        || queueMillis < 0) {
      throw new IllegalArgumentException("bad server settings: port 0-65535, limits positive");
    }
  }

  /** Loopback, the given port, 4 concurrent requests, 64 KiB bodies, 8192 tokens, 30 s queue. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig("127.0.0.1", port, 4, 64 * 1024, 8192, 30_000);
  }
}
