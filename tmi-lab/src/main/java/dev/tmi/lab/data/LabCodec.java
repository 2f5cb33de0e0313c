package dev.tmi.lab.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tmi.engine.format.CompactFormat;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Sample;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.verify.Mode;
import dev.tmi.engine.verify.Verification;
import dev.tmi.engine.verify.Verifier;
import dev.tmi.synth.SampleJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the lab writes one task's instances for a tiny character-level model, for one variant.
 *
 * <p>The prompt is the machine's input tape: the memory cells the algorithm initialises before its
 * first state, as {@code name=value} pairs in natural name order ({@code a0=4,a1=7,...}). It holds
 * the instance and nothing else, costs few tokens, and names every cell the way the trace's fetches
 * name it, so a Memory Fetcher step is a copy by content (find {@code a17=}) rather than by
 * counting positions.
 *
 * <p>The response is the variant's chain of thought in {@link CompactFormat} (the same stages as
 * the engine's variant, so tail, no-fetcher, no-atomic and no-linear stay exact projections of one
 * execution), then {@code \boxed{...}} as the variant boxes the answer.
 *
 * @param <I> the instance type
 */
public final class LabCodec<I> {
  /** The variants the lab can train: every built-in one but tail-styled, and task extras. */
  public static final List<String> LAB_VARIANTS =
      List.of("tail", "no-fetcher", "no-atomic", "no-linear", "direct", "index-hint", "reversed");

  private final Task<I> task;
  private final Variant variant;

  private LabCodec(Task<I> task, Variant variant) {
    this.task = task;
    this.variant = variant;
  }

  /**
   * The codec of a task and variant id.
   *
   * @throws IllegalArgumentException for an unknown variant or one the lab does not train
   */
  public static LabCodec<?> of(Task<?> task, String variantId) {
    return make(task, variantId);
  }

  private static <I> LabCodec<I> make(Task<I> task, String variantId) {
    if (!LAB_VARIANTS.contains(variantId)) {
      throw new IllegalArgumentException(
          "the lab trains variants "
              + String.join(", ", LAB_VARIANTS)
              + ", not '"
              + variantId
              + "'");
    }
    Variant v = TaskRegistry.variant(task, variantId);
    Variant lab =
        v.hasCot()
            ? new Variant(
                v.id(),
                v.title() + " (compact)",
                v.description(),
                v.stages(),
                CompactFormat.INSTANCE)
            : v;
    return new LabCodec<>(task, lab);
  }

  /** The task. */
  public Task<I> task() {
    return task;
  }

  /** The lab's variant (compact format). */
  public Variant variant() {
    return variant;
  }

  /** The example of a drawn instance. */
  public Example example(Drawn<I> drawn) {
    return example(drawn.instance());
  }

  /** The example of an instance. */
  public Example example(I instance) {
    Solution s = Drawn.of(task, instance, 0).solve();
    String cot = variant.render(s.trace().events());
    String boxed = task.boxed(s.answer(), instance, variant.id());
    int length = task.lengths(instance).values().stream().findFirst().orElse(0);
    return new Example(prompt(instance), Sample.response(cot, boxed), length);
  }

  /**
   * The prompt: the input tape, then {@code ;} and the instance's integer fields (a knapsack's
   * capacity, a search target), which some algorithms keep in their state labels rather than in
   * memory, so that the prompt always determines the instance.
   */
  public String prompt(I instance) {
    StringBuilder sb = new StringBuilder();
    for (var c : tape(instance)) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(c.getKey()).append('=').append(c.getValue());
    }
    String sep = ";";
    for (var f : integerFields(instance)) {
      sb.append(sep).append(f.getKey()).append('=').append(f.getValue());
      sep = ",";
    }
    return sb.toString();
  }

  /**
   * The names the prompt gives values to: the tape's cells and the integer fields (the words of a
   * name-token tokenizer).
   */
  public List<String> promptNames(I instance) {
    List<String> out = new ArrayList<>();
    tape(instance).forEach(c -> out.add(c.getKey()));
    integerFields(instance).forEach(f -> out.add(f.getKey()));
    return out;
  }

  private List<Map.Entry<String, String>> tape(I instance) {
    Recorder r = new Recorder(true);
    task.solve(instance, r);
    List<Map.Entry<String, String>> cells = new ArrayList<>(r.initialMemory().entrySet());
    cells.sort(Map.Entry.comparingByKey(NATURAL));
    return cells;
  }

  private List<Map.Entry<String, String>> integerFields(I instance) {
    JsonNode json = SampleJson.MAPPER.valueToTree(instance);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (var f : json.properties()) {
      if (f.getValue().isIntegralNumber()) {
        out.add(Map.entry(f.getKey(), f.getValue().asText()));
      }
    }
    return out;
  }

  /** Reads an instance from a sample's JSON. */
  public I instance(JsonNode json) {
    try {
      I in = SampleJson.MAPPER.treeToValue(json, task.instanceType());
      task.validate(in);
      return in;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + task.info().id() + " instance: " + json, e);
    }
  }

  /** Verifies a model's output step by step, as the engine does for any model. */
  public Verification verify(I instance, String output, Mode mode) {
    return Verifier.verify(task, instance, variant, output, mode);
  }

  /** Orders names with their digit runs compared as numbers: a2 before a10. */
  public static final Comparator<String> NATURAL = LabCodec::compareNatural;

  private static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c =
            na.length() != nb.length()
                ? Integer.compare(na.length(), nb.length())
                : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
