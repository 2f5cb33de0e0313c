package dev.tmi.lab;

import ai.djl.ndarray.NDManager;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.eval.client.Completion;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.decode.Decoder;
import dev.tmi.lab.decode.Generation;
import dev.tmi.lab.eval.Generator;
import dev.tmi.lab.model.Transformer;
import dev.tmi.lab.train.Checkpoint;
import dev.tmi.lab.train.CheckpointMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A trained lab model loaded from a checkpoint directory, ready to answer prompts in the lab's
 * prompt form. Generation is serialised (one batch at a time uses both cores already), so the
 * object is safe to share between threads.
 */
public final class LabModel implements Generator, AutoCloseable {
  /** Prompts decoded together at most. */
  public static final int BATCH = 32;

  private final Path dir;
  private final CheckpointMeta meta;
  private final Tokenizer tokenizer;
  private final NDManager manager;
  private final Transformer transformer;
  private final Decoder decoder;
  private final LabCodec<?> codec;

  private LabModel(Path dir, CheckpointMeta meta) throws IOException {
    this.dir = dir;
    this.meta = meta;
    this.tokenizer = new Tokenizer(meta.vocabulary(), meta.wordsOrEmpty());
    this.manager = NDManager.newBaseManager();
    this.transformer = Transformer.of(meta.model(), Checkpoint.params(dir, meta), manager);
    this.decoder = new Decoder(transformer, tokenizer);
    this.codec =
        TaskRegistry.load().find(meta.task()).map(t -> LabCodec.of(t, meta.variant())).orElse(null);
  }

  /**
   * Loads the checkpoint in a directory.
   *
   * @throws IllegalArgumentException if the directory holds no readable checkpoint
   */
  public static LabModel load(Path dir) throws IOException {
    return new LabModel(dir, Checkpoint.meta(dir));
  }

  /** The checkpoint's metadata. */
  public CheckpointMeta meta() {
    return meta;
  }

  /** The directory it was loaded from. */
  public Path dir() {
    return dir;
  }

  /** The tokenizer. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /** The network (for attention maps). */
  public Transformer transformer() {
    return transformer;
  }

  /** How the model's task and variant are written, or {@code null} for a non-task model. */
  public LabCodec<?> codec() {
    return codec;
  }

  /** A name for reports: task/variant/position@step. */
  public String name() {
    return meta.task()
        + "/"
        + meta.variant()
        + "/"
        + meta.model().position().id()
        + "@"
        + meta.step();
  }

  /**
   * Greedy completions of prompts, decoded in batches of similar length.
   *
   * @throws IllegalArgumentException if a prompt has a character the model does not know or does
   *     not fit
   */
  @Override
  public synchronized List<Completion> complete(List<String> prompts, int maxTokens) {
    int n = prompts.size();
    List<int[]> prefixes = new ArrayList<>(n);
    for (String p : prompts) {
      prefixes.add(tokenizer.prefix(p));
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> prefixes.get(i).length));
    Completion[] out = new Completion[n];
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      List<int[]> batch = new ArrayList<>();
      for (int k = from; k < to; k++) {
        batch.add(prefixes.get(order[k]));
      }
      int room = meta.model().maxLen() - batch.get(batch.size() - 1).length;
      List<Generation> gens = decoder.generate(batch, Math.max(1, Math.min(maxTokens, room)), true);
      for (int k = from; k < to; k++) {
        Generation g = gens.get(k - from);
        int i = order[k];
        out[i] =
            new Completion(
                tokenizer.decode(g.tokens(), 0, g.tokens().length),
                g.finishReason(),
                prefixes.get(i).length,
                g.tokens().length);
      }
    }
    return List.of(out);
  }

  @Override
  public synchronized void close() {
    transformer.close();
    manager.close();
  }
}
