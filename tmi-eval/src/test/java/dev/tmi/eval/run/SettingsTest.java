package dev.tmi.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.eval.score.ThinkSplit;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void theContextSizeBoundsMaxTokens() {
    InferenceSettings s =
        new InferenceSettings(
            1, new RetryPolicy(0, Duration.ZERO, Duration.ZERO), 0, 1000, 300, "sys", "{query}");
    // bytes of "sys" + "héllo" (é is two bytes) + the template allowance
    assertThat(s.promptTokenBound("héllo")).isEqualTo(3 + 6 + InferenceSettings.TEMPLATE_TOKENS);
    assertThat(s.maxTokensFor("héllo")).isEqualTo(300 - 73);
    assertThat(s.maxTokensFor("x".repeat(400))).isZero();
    InferenceSettings open =
        new InferenceSettings(
            1, new RetryPolicy(0, Duration.ZERO, Duration.ZERO), 0, 1000, 0, null, "Q: {query}");
    assertThat(open.maxTokensFor("x".repeat(100_000))).isEqualTo(1000);
    assertThat(open.user("2+2")).isEqualTo("Q: 2+2");
    assertThatThrownBy(
            () ->
                new InferenceSettings(
                    0, new RetryPolicy(0, Duration.ZERO, Duration.ZERO), 0, 1, 0, null, "{query}"))
        .hasMessageContaining("--concurrency");
    assertThatThrownBy(
            () ->
                new InferenceSettings(
                    1,
                    new RetryPolicy(0, Duration.ZERO, Duration.ZERO),
                    0,
                    1,
                    0,
                    null,
                    "no placeholder"))
        .hasMessageContaining("{query}");
  }

  @Test
  void theRateLimiterSpacesRequestStarts() throws Exception {
    RateLimiter limiter = new RateLimiter(100);
    long t0 = System.nanoTime();
    Thread[] ts = new Thread[4];
    for (int i = 0; i < ts.length; i++) {
      ts[i] =
          new Thread(
              () -> {
                for (int k = 0; k < 10; k++) {
                  try {
                    limiter.acquire();
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      ts[i].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    // 40 starts at 100/s: the last may start 390 ms after the first, not sooner.
    assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(385);
  }

  @RepeatedTest(20)
  void backOffDoublesWithJitterAndHonoursRetryAfter() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2));
    assertThat(p.delay(1, null).toMillis()).isBetween(50L, 100L);
    assertThat(p.delay(3, null).toMillis()).isBetween(200L, 400L);
    assertThat(p.delay(10, null).toMillis()).isBetween(1000L, 2000L);
    assertThat(p.delay(1, Duration.ofMillis(1500)).toMillis()).isEqualTo(1500L);
    assertThat(p.delay(1, Duration.ofHours(1)).toMillis()).isEqualTo(2000L);
  }

  @Test
  void thinkSectionsAreReasoningOnlyWhenStripping() {
    String out = "<think>a\n\\boxed{1}</think>The answer: \\boxed{2}";
    assertThat(ThinkSplit.of(out, null, true).answerText()).isEqualTo("The answer: \\boxed{2}");
    assertThat(ThinkSplit.of(out, null, true).cot()).startsWith("a\n\\boxed{1}");
    assertThat(ThinkSplit.of(out, null, false).answerText()).isEqualTo(out);
    // Cut off while thinking: no answer, however many boxes the thoughts hold.
    assertThat(ThinkSplit.of("<think>x \\boxed{1}", null, true).answerText()).isEmpty();
    // A reasoning parser ate the opening tag.
    assertThat(ThinkSplit.of("steps</think>\\boxed{3}", null, true).answerText())
        .isEqualTo("\\boxed{3}");
    // The server returned reasoning apart.
    ThinkSplit sep = ThinkSplit.of("\\boxed{4}", "steps", true);
    assertThat(sep.cot()).startsWith("steps");
    assertThat(sep.answerText()).isEqualTo("\\boxed{4}");
  }
}
