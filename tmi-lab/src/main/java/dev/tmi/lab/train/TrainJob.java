package dev.tmi.lab.train;

import dev.tmi.lab.data.Tokenizer;
import dev.tmi.lab.model.ModelConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a training run needs.
 *
 * @param sequences full token sequences {@code BOS prompt SEP response EOS}
 * @param lossStarts per sequence, the index of the first token the loss covers (after SEP)
 * @param tokenizer the tokenizer
 * @param model the model shape (its vocabulary must be the tokenizer's)
 * @param train the training settings
 * @param dir the checkpoint directory (resumed if it holds a checkpoint of the same settings)
 * @param task the task id, for the checkpoint
 * @param variant the variant id, for the checkpoint
 * @param data how the examples were made, for the checkpoint
 */
public record TrainJob(
    List<int[]> sequences,
    List<Integer> lossStarts,
    Tokenizer tokenizer,
    ModelConfig model,
    TrainConfig train,
    Path dir,
    String task,
    String variant,
    Map<String, Object> data) {}
