package dev.tmi.eval.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible server and how to sample.
 *
 * @param baseUrl the API root, e.g. {@code http://localhost:8000/v1}; a URL without a path gets
 *     {@code /v1}
 * @param model the model name the server knows
 * @param apiKey the bearer token, or {@code null}; never printed (see {@link #toString()})
 * @param mode chat or completions
 * @param temperature 0 for greedy decoding, as in the paper
 * @param topP nucleus sampling mass, 1 for none
 * @param seed the sampling seed sent to the server, or {@code null}
 * @param timeout the whole-request time-out
 */
public record ClientSettings(
    URI baseUrl,
    String model,
    String apiKey,
    ApiMode mode,
    double temperature,
    double topP,
    Long seed,
    Duration timeout) {
  public ClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(timeout, "timeout");
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("--model: a model name is needed");
    }
    String scheme = baseUrl.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "--base-url: expected http(s)://HOST[:PORT][/v1], got '" + baseUrl + "'");
    }
    String path = baseUrl.getPath() == null ? "" : baseUrl.getPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      path = "/v1";
    }
    baseUrl = URI.create(scheme + "://" + baseUrl.getRawAuthority() + path);
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("--temperature must lie in [0, 2], got " + temperature);
    }
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("--top-p must lie in (0, 1], got " + topP);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be positive");
    }
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
  }

  /** The endpoint URL for the mode. */
  public URI endpoint() {
    return URI.create(baseUrl + mode.path());
  }

  /** Settings without the key, for {@code run.json} and logs. */
  @Override
  public String toString() {
    return "ClientSettings[baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "none" : "(hidden)")
        + ", mode="
        + mode
        + ", temperature="
        + temperature
        + ", topP="
        + topP
        + ", seed="
        + seed
        + ", timeout="
        + timeout
        + "]";
  }
}
