package dev.tmi.lab.model;

/**
 * The shape of a decoder-only transformer.
 *
 * @param vocab the vocabulary size
 * @param layers the number of blocks
 * @param dModel the width
 * @param heads the attention heads (must divide {@code dModel})
 * @param mlpRatio the MLP's hidden width over {@code dModel}
 * @param maxLen the longest sequence the model accepts (learned positions have this many rows)
 * @param position the position encoding
 */
public record ModelConfig(
    int vocab,
    int layers,
    int dModel,
    int heads,
    int mlpRatio,
    int maxLen,
    PositionEncoding position) {
  public ModelConfig {
    if (vocab < 2 || layers < 1 || dModel < 2 || heads < 1 || mlpRatio < 1 || maxLen < 2) {
      throw new IllegalArgumentException("model sizes must be positive");
    }
    if (dModel % heads != 0 || (dModel / heads) % 2 != 0) {
      throw new IllegalArgumentException(
          "d-model " + dModel + " must be a multiple of 2 x heads (" + heads + ")");
    }
  }

  /** The width of one head. */
  public int headDim() {
    return dModel / heads;
  }

  /** The number of trainable parameters. */
  public long parameterCount() {
    long d = dModel;
    long perLayer =
        4 * d + (3 * d * d + 3 * d) + (d * d + d) + 2 * (d * mlpRatio * d) + d * mlpRatio + d;
    long pos = position == PositionEncoding.LEARNED ? (long) maxLen * d : 0;
    return vocab * d + pos + layers * perLayer + 2 * d;
  }

  /** The same shape for another vocabulary size. */
  public ModelConfig withVocab(int v) {
    return new ModelConfig(v, layers, dModel, heads, mlpRatio, maxLen, position);
  }
}
