package dev.tmi.export.recipe;

/**
 * A DeepSpeed ZeRO-3 configuration that both LLaMA-Factory (through HuggingFace Trainer) and XTuner
 * accept: batch sizes, clipping and precision are {@code "auto"}, filled in from the recipe, and
 * only keys both stacks resolve are {@code "auto"}.
 */
final class DeepSpeedConfig {
  private DeepSpeedConfig() {}

  static String zero3() {
    return """
        {
          "train_micro_batch_size_per_gpu": "auto",
          "gradient_accumulation_steps": "auto",
          "gradient_clipping": "auto",
          "zero_allow_untested_optimizer": true,
          "fp16": {
            "enabled": "auto",
            "initial_scale_power": 16
          },
          "bf16": {
            "enabled": "auto"
          },
          "zero_optimization": {
            "stage": 3,
            "overlap_comm": true,
            "contiguous_gradients": true,
            "sub_group_size": 1000000000,
            "stage3_max_live_parameters": 1000000000,
            "stage3_max_reuse_distance": 1000000000,
            "stage3_gather_16bit_weights_on_model_save": true
          }
        }
        """;
  }
}
