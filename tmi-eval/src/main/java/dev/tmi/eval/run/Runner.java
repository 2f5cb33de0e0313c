package dev.tmi.eval.run;

import dev.tmi.eval.client.Completion;
import dev.tmi.eval.client.ModelCallException;
import dev.tmi.eval.client.ModelClient;
import dev.tmi.eval.client.Prompt;
import dev.tmi.eval.data.EvalSample;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The inference stage: asks the model every sample, {@code concurrency} at a time, retrying what
 * may pass on a second try, and hands each raw response to the {@link AppendLog}. It neither scores
 * nor judges.
 */
public final class Runner {
  private final InferenceSettings settings;

  public Runner(InferenceSettings settings) {
    this.settings = settings;
  }

  /**
   * A sample that failed for good in this run.
   *
   * @param id the sample id
   * @param error the last error
   * @param attempts attempts made
   */
  public record Failure(String id, String error, int attempts) {}

  /**
   * Asks every sample. Returns when all are answered or failed; when the calling thread is
   * interrupted it stops the requests in flight, lets the log write what it has, and rethrows.
   *
   * @return the samples that failed for good
   */
  public List<Failure> run(
      List<EvalSample> todo,
      ModelClient client,
      AppendLog<ResponseRecord> log,
      EvalListener listener)
      throws InterruptedException, IOException {
    int threads = Math.min(settings.concurrency(), Math.max(1, todo.size()));
    RateLimiter limiter = new RateLimiter(settings.rps());
    ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    Workers.forEach(
        todo, threads, "tmi-eval-request", s -> ask(s, client, log, listener, limiter, failures));
    return new ArrayList<>(failures);
  }

  private void ask(
      EvalSample s,
      ModelClient client,
      AppendLog<ResponseRecord> log,
      EvalListener listener,
      RateLimiter limiter,
      ConcurrentLinkedQueue<Failure> failures)
      throws InterruptedException, IOException {
    String user = settings.user(s.sample().query());
    int maxTokens = settings.maxTokensFor(user);
    if (maxTokens == 0) {
      // Nothing to ask: the outcome is fixed, so it is recorded (and scored as unanswered).
      log.append(
          record(
              s,
              user,
              new Completion("", "context", -1, 0),
              0,
              0,
              0,
              List.of(
                  "the prompt (at most "
                      + settings.promptTokenBound(user)
                      + " tokens) leaves no room in the context of "
                      + settings.contextSize())));
      return;
    }
    Prompt prompt = new Prompt(settings.system(), user, maxTokens);
    List<String> errors = new ArrayList<>();
    RetryPolicy policy = settings.retry();
    for (int attempt = 1; ; attempt++) {
      limiter.acquire();
      long t0 = System.nanoTime();
      try {
        Completion c = client.complete(prompt);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.append(record(s, user, c, maxTokens, ms, attempt, errors));
        return;
      } catch (ModelCallException e) {
        if (!e.retryable() || attempt > policy.retries()) {
          fail(s, e.getMessage(), attempt, listener, failures);
          return;
        }
        retry(s, e.getMessage(), attempt, e.retryAfter(), errors, listener);
      } catch (IOException e) {
        if (attempt > policy.retries()) {
          fail(s, String.valueOf(e.getMessage()), attempt, listener, failures);
          return;
        }
        retry(s, String.valueOf(e.getMessage()), attempt, null, errors, listener);
      } catch (RuntimeException e) {
        // A client bug must not take the whole run down; the sample is retried next run.
        fail(s, e.toString(), attempt, listener, failures);
        return;
      }
    }
  }

  private void retry(
      EvalSample s,
      String error,
      int attempt,
      Duration retryAfter,
      List<String> errors,
      EvalListener listener)
      throws InterruptedException {
    errors.add(error);
    listener.retrying(s.id(), error);
    Duration d = settings.retry().delay(attempt, retryAfter);
    if (!d.isZero()) {
      Thread.sleep(d.toMillis());
    }
  }

  private static void fail(
      EvalSample s,
      String error,
      int attempts,
      EvalListener listener,
      ConcurrentLinkedQueue<Failure> failures) {
    failures.add(new Failure(s.id(), error, attempts));
    listener.failed(s.id(), error);
  }

  private static ResponseRecord record(
      EvalSample s,
      String user,
      Completion c,
      int maxTokens,
      long ms,
      int attempts,
      List<String> errors) {
    return new ResponseRecord(
        s.id(),
        s.sample().task(),
        s.split().name(),
        s.variant().id(),
        user,
        c.text(),
        c.reasoning(),
        c.finishReason(),
        c.promptTokens(),
        c.completionTokens(),
        maxTokens,
        ms,
        attempts,
        errors);
  }
}
