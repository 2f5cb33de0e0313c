package dev.tmi.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.eval.Fixture;
import dev.tmi.eval.TestData;
import dev.tmi.eval.client.Completion;
import dev.tmi.eval.client.ModelClient;
import dev.tmi.eval.client.Prompt;
import dev.tmi.eval.data.EvalSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A worker that fails ends the run at once, and the run returns only when no request is left. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunnerStopTest {

  @Test
  void theFirstFailureStopsTheOtherRequestsBeforeTheRunReturns(@TempDir Path tmp) throws Exception {
    List<EvalSample> samples = TestData.load(TestData.synth(tmp, 1, List.of("tail")), "tail");
    String doomed = samples.get(0).sample().query();
    AtomicInteger inFlight = new AtomicInteger();
    CountDownLatch othersAsking = new CountDownLatch(3);
    ModelClient client =
        new ModelClient() {
          @Override
          public Completion complete(Prompt p) throws IOException, InterruptedException {
            if (p.user().equals(doomed)) {
              othersAsking.await();
              throw new IOException("connection refused");
            }
            inFlight.incrementAndGet();
            othersAsking.countDown();
            try {
              Thread.sleep(TimeUnit.MINUTES.toMillis(5));
              return new Completion("late", "stop", 1, 1, null);
            } finally {
              // A real client takes a moment to abort its request.
              long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
              while (System.nanoTime() < end) {
                Thread.onSpinWait();
              }
              inFlight.decrementAndGet();
            }
          }

          @Override
          public String describe() {
            return "blocking";
          }
        };
    EvalListener broken =
        new EvalListener() {
          @Override
          public void retrying(String id, String error) {
            throw new IllegalStateException("the progress display broke");
          }
        };
    try (AppendLog<ResponseRecord> log = new AppendLog<>(tmp.resolve("responses.jsonl"), r -> {})) {
      long t0 = System.nanoTime();
      assertThatThrownBy(
              () -> new Runner(Fixture.inference(4, 2)).run(samples, client, log, broken))
          .hasMessageContaining("the progress display broke");
      // The run ended when the failure happened, not when the other requests would have.
      assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(30));
      assertThat(inFlight.get()).as("requests still running after the run returned").isZero();
    }
  }
}
