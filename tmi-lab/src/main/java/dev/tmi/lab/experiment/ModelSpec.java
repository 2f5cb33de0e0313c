package dev.tmi.lab.experiment;

import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;

/**
 * A model shape without its vocabulary (which comes from the data).
 *
 * @param layers blocks
 * @param dModel width
 * @param heads attention heads
 * @param mlpRatio MLP width over dModel
 * @param maxLen the longest sequence
 * @param position the position encoding
 * @param nameTokens whether the tokenizer writes each tape name ({@code x[3]}, {@code t17}) as one
 *     token (see {@link dev.tmi.lab.data.Tokenizer}); otherwise one token per character
 */
public record ModelSpec(
    int layers,
    int dModel,
    int heads,
    int mlpRatio,
    int maxLen,
    PositionEncoding position,
    boolean nameTokens) {
  /** The lab's default: 3 layers, width 128, 4 heads, RoPE (about 0.6M parameters). */
  public static final ModelSpec DEFAULT =
      new ModelSpec(3, 128, 4, 4, 4096, PositionEncoding.ROPE, false);

  /** A character-level model shape. */
  public ModelSpec(
      int layers, int dModel, int heads, int mlpRatio, int maxLen, PositionEncoding position) {
    this(layers, dModel, heads, mlpRatio, maxLen, position, false);
  }

  /** The full shape for a vocabulary. */
  public ModelConfig config(int vocab) {
    return new ModelConfig(vocab, layers, dModel, heads, mlpRatio, maxLen, position);
  }
}
