package dev.tmi.eval.judge;

import dev.tmi.eval.client.Completion;
import dev.tmi.eval.client.ModelCallException;
import dev.tmi.eval.client.ModelClient;
import dev.tmi.eval.client.Prompt;
import dev.tmi.eval.data.EvalSample;
import dev.tmi.eval.run.AppendLog;
import dev.tmi.eval.run.EvalListener;
import dev.tmi.eval.run.ResponseRecord;
import dev.tmi.eval.run.RetryPolicy;
import dev.tmi.eval.run.Workers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The optional LLM-judge stage, as in the paper: an extractor model pulls the final answer out of
 * each raw response and a judge model says YES or NO against the reference. Verdicts go to {@code
 * judge.jsonl} (append-only, resumable like the responses) and are compared with the deterministic
 * scorer in the summary.
 */
public final class Judge {
  private final ModelClient extractor;
  private final ModelClient judge;
  private final int concurrency;
  private final RetryPolicy retry;

  public Judge(ModelClient extractor, ModelClient judge, int concurrency, RetryPolicy retry) {
    this.extractor = extractor;
    this.judge = judge;
    this.concurrency = concurrency;
    this.retry = retry;
  }

  /** Judges every answered sample not judged yet; returns how many failed for good. */
  public int run(
      List<EvalSample> samples,
      Map<String, ResponseRecord> responses,
      AppendLog<JudgeRecord> log,
      java.util.Set<String> judged,
      EvalListener listener)
      throws IOException, InterruptedException {
    List<EvalSample> todo = new ArrayList<>();
    for (EvalSample s : samples) {
      if (responses.containsKey(s.id()) && !judged.contains(s.id())) {
        todo.add(s);
      }
    }
    AtomicInteger failed = new AtomicInteger();
    Workers.forEach(
        todo,
        Math.max(1, Math.min(concurrency, todo.size())),
        "tmi-eval-judge",
        s -> {
          try {
            log.append(judgeOne(s, responses.get(s.id())));
          } catch (IOException e) {
            failed.incrementAndGet();
            listener.failed(s.id(), "judge: " + e.getMessage());
          }
        });
    return failed.get();
  }

  JudgeRecord judgeOne(EvalSample s, ResponseRecord r) throws IOException, InterruptedException {
    String question = s.sample().query();
    String output = r.reasoning() == null ? r.text() : r.reasoning() + "\n" + r.text();
    String extracted = ask(extractor, JudgePrompts.extractor(question, output), 256).text().strip();
    String reply =
        ask(judge, JudgePrompts.judge(question, s.sample().boxed(), extracted), 64).text();
    return new JudgeRecord(s.id(), extracted, JudgePrompts.verdict(reply), reply.strip());
  }

  private Completion ask(ModelClient client, String user, int maxTokens)
      throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.complete(new Prompt(null, user, maxTokens));
      } catch (ModelCallException e) {
        if (!e.retryable() || attempt > retry.retries()) {
          throw e;
        }
        Thread.sleep(retry.delay(attempt, e.retryAfter()).toMillis());
      } catch (IOException e) {
        if (attempt > retry.retries()) {
          throw e;
        }
        Thread.sleep(retry.delay(attempt, null).toMillis());
      }
    }
  }
}
