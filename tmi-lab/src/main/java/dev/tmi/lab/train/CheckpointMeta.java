package dev.tmi.lab.train;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tmi.lab.model.ModelConfig;
import java.util.List;
import java.util.Map;

/**
 * What a checkpoint directory's {@code checkpoint.json} holds besides the tensors.
 *
 * @param format the format version
 * @param step optimizer steps done
 * @param params the parameter file, relative to the directory
 * @param optimizer the optimizer-state file, relative to the directory
 * @param model the model shape
 * @param vocabulary the tokenizer's characters
 * @param task the task id
 * @param variant the variant id
 * @param train the training settings
 * @param data how the training examples were made (seed, count, source)
 * @param tokensSeen real (non-padding) tokens trained on
 * @param seconds wall time spent training
 * @param losses (step, mean loss) at each log point
 * @param words the tokenizer's multi-character tokens (tape names); null or empty for a
 *     character-level model (checkpoints written before name tokens have none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckpointMeta(
    int format,
    long step,
    String params,
    String optimizer,
    ModelConfig model,
    String vocabulary,
    String task,
    String variant,
    TrainConfig train,
    Map<String, Object> data,
    long tokensSeen,
    double seconds,
    List<double[]> losses,
    List<String> words) {

  /** The tokenizer's words, never null. */
  public List<String> wordsOrEmpty() {
    return words == null ? List.of() : words;
  }
}
