package dev.tmi.lab.experiment;

import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.lab.LabModel;
import dev.tmi.lab.data.Corpus;
import dev.tmi.lab.data.Item;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.eval.EvalResult;
import dev.tmi.lab.eval.LabEvaluator;
import dev.tmi.lab.train.TrainConfig;
import dev.tmi.lab.train.TrainJob;
import dev.tmi.lab.train.TrainListener;
import dev.tmi.lab.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trains and evaluates lab models on a task's data set. */
public final class LabRunner {
  private LabRunner() {}

  /** Trains (or resumes) one model of a task and variant into {@code dir}. */
  public static Trained train(
      String task,
      String variant,
      ModelSpec model,
      TrainConfig train,
      DataSpec data,
      Path dir,
      TrainListener listener)
      throws IOException, InterruptedException {
    Task<?> t = TaskRegistry.load().get(task);
    return trainTyped(LabCodec.of(t, variant), model, train, data, dir, listener);
  }

  private static <I> Trained trainTyped(
      LabCodec<I> codec,
      ModelSpec model,
      TrainConfig train,
      DataSpec data,
      Path dir,
      TrainListener listener)
      throws IOException, InterruptedException {
    String task = codec.task().info().id();
    Corpus.ensure(
        data.dir(),
        List.of(task),
        data.train(),
        data.eval(),
        data.seed(),
        Runtime.getRuntime().availableProcessors(),
        data.mix());
    List<Item<I>> items = Corpus.read(codec, Corpus.file(data.dir(), task, "train"), data.train());
    Tokenizer tok = tokenizer(codec, model.nameTokens());
    List<int[]> seqs = new ArrayList<>(items.size());
    List<Integer> starts = new ArrayList<>(items.size());
    for (Item<I> it : items) {
      int[] s = tok.sequence(it.example().prompt(), it.example().response());
      seqs.add(s);
      starts.add(tok.prefix(it.example().prompt()).length);
    }
    Map<String, Object> dataInfo = new LinkedHashMap<>();
    dataInfo.put("dir", data.dir().toString());
    dataInfo.put("train", items.size());
    dataInfo.put("seed", data.seed());
    dataInfo.put("mix", data.mix().toString());
    dataInfo.put("prompt", "input tape (LabCodec)");
    dataInfo.put("tokens", model.nameTokens() ? "characters and tape names" : "characters");
    dataInfo.put("format", codec.variant().hasCot() ? "compact" : "answer only");
    TrainJob job =
        new TrainJob(
            seqs,
            starts,
            tok,
            model.config(tok.size()),
            train,
            dir,
            task,
            codec.variant().id(),
            dataInfo);
    Trainer.Result r = Trainer.run(job, listener);
    return new Trained(dir, r.meta(), items.size());
  }

  /**
   * The tokenizer of a task: every character its lab texts use. It is fixed by the task and the
   * variant, not by the drawn data, so that it covers the longer M and L inputs too. With {@code
   * nameTokens}, the tape names of those instances are words (one token each); a name none of them
   * has (a longer L input) is spelled out character by character.
   */
  static <I> Tokenizer tokenizer(LabCodec<I> codec, boolean nameTokens) {
    Task<I> task = codec.task();
    List<String> texts = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Split s : Split.values()) {
      for (int i = 0; i < 200; i++) {
        var d = dev.tmi.engine.sample.Drawn.draw(task, 0x5eed, "alphabet", i, s);
        var e = codec.example(d);
        texts.add(e.prompt());
        texts.add(e.response());
        if (nameTokens) {
          names.addAll(codec.promptNames(d.instance()));
        }
      }
    }
    texts.add("0123456789-.,=;:+*/<>()[]{}|\\abcdefghijklmnopqrstuvwxyz");
    return Tokenizer.of(texts, names);
  }

  /** Evaluates a checkpoint on the eval splits of the data set it was trained on (or another). */
  public static EvalResult evaluate(Path checkpoint, DataSpec data, List<Split> splits, Path out)
      throws IOException, InterruptedException {
    try (LabModel model = LabModel.load(checkpoint)) {
      if (model.codec() == null) {
        throw new IllegalArgumentException("task " + model.meta().task() + " is not available");
      }
      return evaluateTyped(model.codec(), model, data, splits, out);
    }
  }

  private static <I> EvalResult evaluateTyped(
      LabCodec<I> codec, LabModel model, DataSpec data, List<Split> splits, Path out)
      throws IOException, InterruptedException {
    String task = codec.task().info().id();
    Corpus.ensure(
        data.dir(),
        List.of(task),
        data.train(),
        data.eval(),
        data.seed(),
        Runtime.getRuntime().availableProcessors());
    List<Item<I>> items = new ArrayList<>();
    for (Split s : splits) {
      items.addAll(
          Corpus.read(codec, Corpus.file(data.dir(), task, "eval-" + s.name()), data.eval()));
    }
    return LabEvaluator.evaluate(codec, items, model, model.name(), out);
  }
}
