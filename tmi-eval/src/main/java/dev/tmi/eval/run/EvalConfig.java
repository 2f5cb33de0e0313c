package dev.tmi.eval.run;

import dev.tmi.engine.task.Split;
import dev.tmi.eval.client.ClientSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code tmi eval} was asked to do.
 *
 * @param data the {@code tmi synth} output
 * @param tasks task ids, or empty for every task the data holds
 * @param splits the splits
 * @param variant the variant: which data files, and which format parses the model's CoT
 * @param limit at most this many samples per task and split, 0 for all
 * @param out the run directory
 * @param client the model server, or {@code null} to re-score only
 * @param inference how to ask
 * @param stripThink whether {@code <think>} sections are reasoning only
 * @param judge the LLM judge, or {@code null}
 */
public record EvalConfig(
    Path data,
    List<String> tasks,
    List<Split> splits,
    String variant,
    int limit,
    Path out,
    ClientSettings client,
    InferenceSettings inference,
    boolean stripThink,
    JudgeSettings judge) {
  public EvalConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(inference, "inference");
    tasks = List.copyOf(tasks);
    splits = List.copyOf(splits);
  }

  /**
   * The LLM judge's models.
   *
   * @param extractor the model that extracts the final answer
   * @param judge the model that says YES or NO
   */
  public record JudgeSettings(ClientSettings extractor, ClientSettings judge) {}
}
