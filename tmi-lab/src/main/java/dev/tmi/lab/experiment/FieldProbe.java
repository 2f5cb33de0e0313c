package dev.tmi.lab.experiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.task.Split;
import dev.tmi.lab.LabModel;
import dev.tmi.lab.data.Corpus;
import dev.tmi.lab.data.Item;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.experiment.TraceFields.Field;
import dev.tmi.synth.SampleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Teacher-forced accuracy of a lab model per kind of field ({@link TraceFields}) on each split: the
 * model reads the reference response up to each token and predicts the next one. Where free
 * generation only says that an M output went wrong somewhere, this says which skill does not carry
 * over to longer inputs: copying a value from the tape (fetched values), computing (results),
 * counting states (state headers and next states), or writing the answer.
 *
 * <p>A field is <em>exact</em> when every token of one occurrence (one fetched value, one result)
 * is predicted right.
 */
public final class FieldProbe {
  private FieldProbe() {}

  /**
   * The scores of one field on one split.
   *
   * @param field the field
   * @param tokens tokens of this field
   * @param tokensRight of which the model predicted right
   * @param occurrences occurrences of the field (runs of its tokens)
   * @param occurrencesRight of which every token was right
   */
  public record Score(
      Field field, long tokens, long tokensRight, long occurrences, long occurrencesRight) {
    /** Token accuracy. */
    public double tokenAccuracy() {
      return tokens == 0 ? Double.NaN : (double) tokensRight / tokens;
    }

    /** Exact-occurrence accuracy. */
    public double exactAccuracy() {
      return occurrences == 0 ? Double.NaN : (double) occurrencesRight / occurrences;
    }
  }

  /**
   * One split's result.
   *
   * @param split the split
   * @param samples samples probed
   * @param skipped samples longer than the model's context, left out
   * @param scores one per field that occurs, in field order
   * @param firstWrong for each field, in how many samples it holds the first wrongly predicted
   *     token
   */
  public record SplitResult(
      Split split, int samples, int skipped, List<Score> scores, Map<Field, Integer> firstWrong) {}

  /** Probes a checkpoint on the eval sets of its data set. */
  public static List<SplitResult> run(Path checkpoint, Path data, List<Split> splits, int samples)
      throws IOException {
    try (LabModel model = LabModel.load(checkpoint)) {
      if (model.codec() == null) {
        throw new IllegalArgumentException("task " + model.meta().task() + " is not available");
      }
      return runTyped(model, model.codec(), data, splits, samples);
    }
  }

  private static <I> List<SplitResult> runTyped(
      LabModel model, LabCodec<I> codec, Path data, List<Split> splits, int samples)
      throws IOException {
    String task = codec.task().info().id();
    List<SplitResult> out = new ArrayList<>();
    for (Split split : splits) {
      Path file = Corpus.file(data, task, "eval-" + split.name());
      if (!java.nio.file.Files.exists(file)) {
        throw new IllegalArgumentException("no eval set " + file + " (run tmi lab eval first)");
      }
      List<Item<I>> items = Corpus.read(codec, file, samples);
      out.add(probe(model, codec, split, items));
    }
    return out;
  }

  private static <I> SplitResult probe(
      LabModel model, LabCodec<I> codec, Split split, List<Item<I>> items) {
    Map<Field, long[]> counts = new EnumMap<>(Field.class);
    Map<Field, Integer> firstWrong = new EnumMap<>(Field.class);
    int skipped = 0;
    int done = 0;
    Tokenizer tok = model.tokenizer();
    for (Item<I> item : items) {
      String prompt = item.example().prompt();
      String response = item.example().response();
      int[] seq = tok.sequence(prompt, response);
      if (seq.length - 1 > model.meta().model().maxLen()) {
        skipped++;
        continue;
      }
      int[] predicted = predict(model, seq);
      int respStart = tok.prefix(prompt).length;
      Field[] chars = TraceFields.classify(response, codec.variant().format());
      int[] charToken = tok.tokenIndex(response);
      // One field per response token (the field of its first character), then end-of-sequence.
      int responseTokens = seq.length - respStart;
      Field[] fields = new Field[responseTokens];
      for (int c = chars.length - 1; c >= 0; c--) {
        fields[charToken[c]] = chars[c];
      }
      boolean seenWrong = false;
      Field run = null;
      boolean runRight = true;
      for (int j = 0; j < responseTokens; j++) {
        Field f = fields[j] == null ? Field.STRUCTURE : fields[j];
        int pos = respStart + j;
        boolean right = predicted[pos - 1] == seq[pos];
        long[] c = counts.computeIfAbsent(f, k -> new long[4]);
        c[0]++;
        c[1] += right ? 1 : 0;
        if (f != run) {
          closeRun(counts, run, runRight);
          run = f;
          runRight = true;
        }
        runRight &= right;
        if (!right && !seenWrong) {
          seenWrong = true;
          firstWrong.merge(f, 1, Integer::sum);
        }
      }
      closeRun(counts, run, runRight);
      done++;
    }
    List<Score> scores = new ArrayList<>();
    for (Field f : Field.values()) {
      long[] c = counts.get(f);
      if (c != null) {
        scores.add(new Score(f, c[0], c[1], c[2], c[3]));
      }
    }
    return new SplitResult(split, done, skipped, scores, firstWrong);
  }

  private static void closeRun(Map<Field, long[]> counts, Field run, boolean right) {
    if (run != null) {
      long[] c = counts.get(run);
      c[2]++;
      c[3] += right ? 1 : 0;
    }
  }

  /** The greedy next-token prediction at every position but the last. */
  private static int[] predict(LabModel model, int[] seq) {
    int t = seq.length - 1;
    int[] input = java.util.Arrays.copyOf(seq, t);
    try (NDManager mgr = NDManager.newBaseManager();
        NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray tokens = mgr.create(input, new Shape(1, t)).toType(DataType.INT64, false);
      NDArray logits = model.transformer().forward(tokens, 0, null, null);
      long[] best = logits.argMax(-1).toType(DataType.INT64, false).toLongArray();
      int[] out = new int[t];
      for (int i = 0; i < t; i++) {
        out[i] = (int) best[i];
      }
      return out;
    }
  }

  /** The results as JSON, for {@code probe.json}. */
  public static ObjectNode toJson(String model, List<SplitResult> results) {
    ObjectNode root = SampleJson.MAPPER.createObjectNode();
    root.put("model", model);
    ArrayNode splits = root.putArray("splits");
    for (SplitResult r : results) {
      ObjectNode s = splits.addObject();
      s.put("split", r.split().name());
      s.put("samples", r.samples());
      s.put("skipped", r.skipped());
      ArrayNode fields = s.putArray("fields");
      for (Score sc : r.scores()) {
        fields
            .addObject()
            .put("field", sc.field().name().toLowerCase(java.util.Locale.ROOT))
            .put("tokens", sc.tokens())
            .put("token_accuracy", sc.tokenAccuracy())
            .put("occurrences", sc.occurrences())
            .put("exact_accuracy", sc.exactAccuracy())
            .put("first_wrong_in", r.firstWrong().getOrDefault(sc.field(), 0));
      }
    }
    return root;
  }
}
