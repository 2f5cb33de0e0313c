package dev.tmi.cli;

import dev.tmi.lab.experiment.DataSpec;
import dev.tmi.lab.experiment.ModelSpec;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.train.TorchThreads;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.synth.Mix;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The model, training and data options shared by the lab commands. Unset options take the defaults
 * the command passes in, so {@code tmi run} and {@code tmi lab train} can differ.
 */
final class LabOptions {
  @Option(names = "--layers", description = "Transformer blocks (default 3).")
  Integer layers;

  @Option(names = "--d-model", description = "Width (default 128).")
  Integer dModel;

  @Option(names = "--heads", description = "Attention heads (default 4).")
  Integer heads;

  @Option(names = "--mlp-ratio", description = "MLP width over d-model (default 4).")
  Integer mlpRatio;

  @Option(names = "--max-len", description = "Longest sequence in tokens (default 4096).")
  Integer maxLen;

  @Option(
      names = "--pos",
      description = "Position encoding: learned, rope, nope, alibi (default" + " rope).")
  String pos;

  @Option(
      names = "--name-tokens",
      arity = "0..1",
      description =
          "Write each tape name (x[3],"
              + " t17) as one token instead of one token per character (default false).")
  Boolean nameTokens;

  @Option(names = "--tokens", description = "Training token budget per model.")
  Long tokens;

  @Option(names = "--batch-tokens", description = "Tokens per step (default 2048).")
  Integer batchTokens;

  @Option(names = "--lr", description = "Peak learning rate (default 0.003).")
  Float lr;

  @Option(names = "--warmup", description = "Warm-up steps (default 5%% of the steps).")
  Integer warmup;

  @Option(names = "--weight-decay", description = "AdamW weight decay (default 0.05).")
  Float weightDecay;

  @Option(names = "--clip", description = "Gradient-norm clip (default 1).")
  Float clip;

  @Option(names = "--seed", description = "Training seed (default 1).")
  Long seed;

  @Option(names = "--checkpoint-every", description = "Steps between checkpoints (default 200).")
  Integer checkpointEvery;

  @Option(
      names = "--pos-offset",
      description =
          "Learned positions: random start offset up to" + " this during training (default 0).")
  Integer posOffset;

  @Option(
      names = "--data",
      description =
          "The tmi synth data set to use (synthesized there if" + " absent; default OUT/data).")
  Path data;

  @Option(names = "--train", description = "Training instances (default 20000).")
  Integer train;

  @Option(names = "--eval", description = "Eval instances per split (default 100).")
  Integer eval;

  @Option(names = "--data-seed", description = "Synthesis seed (default 1).")
  Long dataSeed;

  @Option(
      names = "--mix",
      description =
          "Length mixture of the training data, S:M:L (default 1:0:0, S only; the paper's"
              + " 8:1:1 adds a little longer data). Evaluation is always on S, M and L.")
  String mix;

  @Option(
      names = "--threads",
      description =
          "libtorch threads (default: libtorch's own choice, the number of cores). Fewer can be"
              + " faster on a machine shared with other jobs.")
  Integer threads;

  /** Sets libtorch's thread count for this process if asked; call before any model work. */
  void applyThreads() {
    if (threads != null) {
      TorchThreads.set(threads);
    }
  }

  ModelSpec model() {
    return model(ModelSpec.DEFAULT);
  }

  ModelSpec model(ModelSpec d) {
    return new ModelSpec(
        or(layers, d.layers()),
        or(dModel, d.dModel()),
        or(heads, d.heads()),
        or(mlpRatio, d.mlpRatio()),
        or(maxLen, d.maxLen()),
        pos == null ? d.position() : PositionEncoding.parse(pos),
        or(nameTokens, d.nameTokens()));
  }

  TrainConfig train(long defaultTokens) {
    int bt = or(batchTokens, 2048);
    long budget = tokens == null ? defaultTokens : tokens;
    if (budget < bt) {
      throw new IllegalArgumentException(
          "--tokens " + budget + " is less than one batch (" + bt + " tokens)");
    }
    int steps = (int) Math.min(Integer.MAX_VALUE, budget / bt);
    return new TrainConfig(
        steps,
        bt,
        or(lr, 3e-3f),
        or(warmup, Math.max(1, steps / 20)),
        or(weightDecay, 0.05f),
        or(clip, 1f),
        or(seed, 1L),
        or(checkpointEvery, 200),
        or(posOffset, 0));
  }

  DataSpec data(Path out, int defaultTrain, int defaultEval) {
    return new DataSpec(
        data == null ? out.resolve("data") : data,
        or(train, defaultTrain),
        or(eval, defaultEval),
        or(dataSeed, 1L),
        mix == null ? Mix.S_ONLY : Mix.parse(mix));
  }

  private static <T> T or(T v, T d) {
    return v == null ? d : v;
  }
}
