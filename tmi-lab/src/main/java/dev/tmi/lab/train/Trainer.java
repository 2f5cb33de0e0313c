package dev.tmi.lab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.tmi.engine.sample.Seeds;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.model.Transformer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a transformer on token sequences with AdamW, warm-up and cosine decay, and clipping. Each
 * step runs in its own {@link NDScope} (one scope around many steps grows without bound); the
 * parameters and optimizer moments live outside. Checkpoints every N steps; a run started on a
 * directory that holds a checkpoint of the same settings resumes from it and ends with the same
 * weights as an uninterrupted run.
 */
public final class Trainer {
  /**
   * A diverged run stops here: the optimizer skips steps whose gradient is not finite, but a run of
   * this many in a row means the weights will not recover.
   */
  static final int MAX_SKIPPED_IN_A_ROW = 50;

  private Trainer() {}

  /**
   * The outcome of a run.
   *
   * @param meta the final checkpoint's metadata
   * @param resumedFrom the step training resumed from (0 for a fresh run)
   */
  public record Result(CheckpointMeta meta, long resumedFrom) {
    /** The last logged loss. */
    public double finalLoss() {
      List<double[]> l = meta.losses();
      return l.isEmpty() ? Double.NaN : l.get(l.size() - 1)[1];
    }
  }

  /** Runs (or resumes) a job. */
  public static Result run(TrainJob job, TrainListener listener) throws IOException {
    ModelConfig mc = job.model();
    TrainConfig tc = job.train();
    if (mc.vocab() != job.tokenizer().size()) {
      throw new IllegalArgumentException(
          "model vocabulary "
              + mc.vocab()
              + " differs from the tokenizer's "
              + job.tokenizer().size());
    }
    Batcher batcher = new Batcher(job.sequences(), job.lossStarts(), tc.batchTokens(), tc.seed());
    int need =
        batcher.maxLength()
            + (mc.position() == PositionEncoding.LEARNED ? tc.maxPositionOffset() : 0);
    if (need > mc.maxLen()) {
      throw new IllegalArgumentException(
          "the longest training sequence needs "
              + need
              + " positions but the model has "
              + mc.maxLen()
              + " (raise --max-len)");
    }
    Schedule schedule =
        new Schedule(tc.lr(), tc.lr() * 0.1f, Math.min(tc.warmup(), tc.steps()), tc.steps());
    try (NDManager root = NDManager.newBaseManager()) {
      CheckpointMeta prev = Checkpoint.exists(job.dir()) ? Checkpoint.meta(job.dir()) : null;
      if (prev != null) {
        requireSame(prev, job);
      }
      try (Transformer model =
              prev == null
                  ? Transformer.create(mc, tc.seed(), root)
                  : Transformer.of(mc, Checkpoint.params(job.dir(), prev), root);
          AdamW opt = new AdamW(model.parameters(), root, tc.weightDecay(), tc.clip())) {
        long start = 0;
        long tokensSeen = 0;
        double seconds = 0;
        List<double[]> losses = new ArrayList<>();
        if (prev != null) {
          opt.restore(Checkpoint.optimizer(job.dir(), prev), prev.step());
          start = prev.step();
          tokensSeen = prev.tokensSeen();
          seconds = prev.seconds();
          losses.addAll(prev.losses());
        }
        CheckpointMeta meta = meta(job, start, tokensSeen, seconds, losses);
        listener.started(start, tc.steps());
        long logEvery = Math.max(1, tc.steps() / 200);
        double lossSum = 0;
        int lossN = 0;
        long t0 = System.nanoTime();
        double secondsAtStart = seconds;
        long tokensAtStart = tokensSeen;
        long skippedBefore = 0;
        int skippedInARow = 0;
        for (long step = start; step < tc.steps(); step++) {
          Batcher.Batch b = batcher.batch(step);
          float loss;
          try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            int offset = offset(tc, mc, step, b.length());
            loss = trainStep(root, model, opt, b, offset, schedule.at(step));
          }
          tokensSeen += b.realTokens();
          if (opt.skipped() > skippedBefore) {
            skippedInARow++;
            skippedBefore = opt.skipped();
            if (skippedInARow >= MAX_SKIPPED_IN_A_ROW) {
              throw new IllegalStateException(
                  "training diverged: "
                      + skippedInARow
                      + " steps in a row up to step "
                      + (step + 1)
                      + " had a non-finite gradient (loss "
                      + loss
                      + "); lower --lr or raise --warmup. The last checkpoint is kept.");
            }
          } else {
            skippedInARow = 0;
          }
          if (Float.isFinite(loss)) {
            lossSum += loss;
            lossN++;
          }
          seconds = secondsAtStart + (System.nanoTime() - t0) / 1e9;
          if (((step + 1) % logEvery == 0 || step + 1 == tc.steps()) && lossN > 0) {
            losses.add(new double[] {step + 1, lossSum / lossN});
            lossSum = 0;
            lossN = 0;
          }
          double tps = (tokensSeen - tokensAtStart) / Math.max(1e-9, seconds - secondsAtStart);
          listener.step(step + 1, tc.steps(), loss, tps);
          boolean last = step + 1 == tc.steps();
          if (last || (tc.checkpointEvery() > 0 && (step + 1) % tc.checkpointEvery() == 0)) {
            meta = meta(job, step + 1, tokensSeen, seconds, losses);
            Checkpoint.save(job.dir(), meta, model.snapshot(), opt.snapshot());
            listener.checkpoint(step + 1);
          }
        }
        listener.finished();
        return new Result(meta, start);
      }
    }
  }

  private static int offset(TrainConfig tc, ModelConfig mc, long step, int length) {
    if (mc.position() != PositionEncoding.LEARNED || tc.maxPositionOffset() == 0) {
      return 0;
    }
    int room = Math.min(tc.maxPositionOffset(), mc.maxLen() - length);
    SplittableRandom rng = new SplittableRandom(Seeds.mix(tc.seed(), "offset", "train", step));
    return room <= 0 ? 0 : rng.nextInt(room + 1);
  }

  /** One forward, backward and update; returns the loss. Call inside a scope. */
  static float trainStep(
      NDManager m, Transformer model, AdamW opt, Batcher.Batch b, int offset, float lr) {
    Shape shape = new Shape(b.batch(), b.length());
    NDArray tokens = m.create(b.tokens(), shape).toType(DataType.INT64, false);
    NDArray targets = m.create(b.targets(), shape).toType(DataType.INT64, false);
    NDArray mask = m.create(b.mask(), shape);
    float loss;
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
      NDArray l = loss(model, tokens, targets, mask, offset);
      gc.backward(l);
      loss = l.getFloat();
    }
    opt.step(lr);
    return loss;
  }

  /** The mean cross-entropy over the masked positions. */
  public static NDArray loss(
      Transformer model, NDArray tokens, NDArray targets, NDArray mask, int offset) {
    NDArray logp = model.forward(tokens, offset, null, null).logSoftmax(-1);
    long b = tokens.getShape().get(0);
    long t = tokens.getShape().get(1);
    NDArray picked = logp.gather(targets.reshape(b, t, 1), 2).reshape(b, t);
    return picked.mul(mask).sum().neg().div(mask.sum().maximum(1f));
  }

  private static CheckpointMeta meta(
      TrainJob job, long step, long tokens, double seconds, List<double[]> losses) {
    return new CheckpointMeta(
        1,
        step,
        Checkpoint.paramsFile(step),
        Checkpoint.optimizerFile(step),
        job.model(),
        job.tokenizer().chars(),
        job.task(),
        job.variant(),
        job.train(),
        job.data(),
        tokens,
        seconds,
        List.copyOf(losses),
        job.tokenizer().words());
  }

  private static void requireSame(CheckpointMeta prev, TrainJob job) {
    boolean same =
        Objects.equals(prev.model(), job.model())
            && Objects.equals(prev.train(), job.train())
            && prev.vocabulary().equals(job.tokenizer().chars())
            && prev.wordsOrEmpty().equals(job.tokenizer().words())
            && Objects.equals(prev.task(), job.task())
            && Objects.equals(prev.variant(), job.variant());
    if (!same) {
      throw new IllegalArgumentException(
          "the checkpoint in "
              + job.dir()
              + " was trained with other settings (model, training, data or vocabulary);"
              + " use a new output directory");
    }
  }
}
