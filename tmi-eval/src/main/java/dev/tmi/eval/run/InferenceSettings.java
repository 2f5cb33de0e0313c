package dev.tmi.eval.run;

/**
 * How the runner asks the model.
 *
 * @param concurrency requests in flight at most
 * @param retry the retry policy
 * @param rps request starts per second at most, 0 for no limit
 * @param maxTokens the generation limit
 * @param contextSize the model's context size in tokens, 0 if not declared; prompts are checked
 *     against it and {@code max_tokens} is lowered to fit
 * @param system the system message, or {@code null}
 * @param template the user message, with {@code {query}} standing for the sample's query
 */
public record InferenceSettings(
    int concurrency,
    RetryPolicy retry,
    double rps,
    int maxTokens,
    int contextSize,
    String system,
    String template) {
  /** Tokens a chat template may add around the messages; generous on purpose. */
  public static final int TEMPLATE_TOKENS = 64;

  public InferenceSettings {
    if (concurrency < 1 || concurrency > 4096) {
      throw new IllegalArgumentException(
          "--concurrency must be between 1 and 4096, got " + concurrency);
    }
    if (rps < 0) {
      throw new IllegalArgumentException("--rps must not be negative");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("--max-tokens must be positive, got " + maxTokens);
    }
    if (contextSize < 0) {
      throw new IllegalArgumentException("--context-size must not be negative");
    }
    if (template == null || !template.contains("{query}")) {
      throw new IllegalArgumentException("--template must contain {query}");
    }
  }

  /** The user message for a query. */
  public String user(String query) {
    return template.replace("{query}", query);
  }

  /**
   * An upper bound on a prompt's tokens: its UTF-8 bytes (a byte-level BPE token covers at least
   * one byte) plus what a chat template adds.
   */
  public int promptTokenBound(String user) {
    long bytes = utf8(user) + (system == null ? 0 : utf8(system));
    return (int) Math.min(Integer.MAX_VALUE, bytes + TEMPLATE_TOKENS);
  }

  /** The {@code max_tokens} to send, or 0 if the prompt may not fit the context at all. */
  public int maxTokensFor(String user) {
    if (contextSize == 0) {
      return maxTokens;
    }
    long room = (long) contextSize - promptTokenBound(user);
    return (int) Math.max(0, Math.min(maxTokens, room));
  }

  private static long utf8(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
