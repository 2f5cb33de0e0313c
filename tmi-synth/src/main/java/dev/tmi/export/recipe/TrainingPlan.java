package dev.tmi.export.recipe;

/**
 * The fine-tuning hyperparameters a recipe encodes. {@link #PAPER} is the TAIL paper's setting:
 * Qwen2.5-7B, full SFT, 2 epochs, global batch 1024, learning rate 1e-5 decaying (cosine) to 7e-7,
 * weight decay 0.1, DeepSpeed ZeRO-3 on 8 GPUs. The paper does not give warm-up, precision,
 * per-device batch or sequence length; TMI's choices are documented in {@code
 * docs/training-on-gpus.md}.
 *
 * @param model the base model (HuggingFace id or local directory)
 * @param gpus GPUs (data-parallel ranks)
 * @param perDeviceBatch samples per GPU per micro-step
 * @param globalBatch samples per optimizer step (must be a multiple of gpus x perDeviceBatch)
 * @param epochs passes over the data
 * @param learningRate peak learning rate
 * @param minLearningRate the learning rate the cosine schedule decays to
 * @param weightDecay AdamW weight decay
 * @param warmupRatio fraction of steps of linear warm-up (not in the paper)
 */
public record TrainingPlan(
    String model,
    int gpus,
    int perDeviceBatch,
    int globalBatch,
    int epochs,
    double learningRate,
    double minLearningRate,
    double weightDecay,
    double warmupRatio) {

  /** The paper's setting. */
  public static final TrainingPlan PAPER =
      new TrainingPlan("Qwen/Qwen2.5-7B", 8, 4, 1024, 2, 1e-5, 7e-7, 0.1, 0.03);

  public TrainingPlan {
    if (gpus < 1 || perDeviceBatch < 1 || globalBatch % (gpus * perDeviceBatch) != 0) {
      throw new IllegalArgumentException(
          "the global batch "
              + globalBatch
              + " must be a multiple of gpus x per-device batch = "
              + gpus * perDeviceBatch);
    }
  }

  /** Micro-steps accumulated per optimizer step. */
  public int gradientAccumulation() {
    return globalBatch / (gpus * perDeviceBatch);
  }
}
