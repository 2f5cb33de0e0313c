package dev.tmi.lab.model;

import java.util.Locale;

/**
 * How the model knows where a token is. The length-generalization literature finds that this choice
 * decides whether a model trained on short inputs works on long ones, so it is a first-class
 * experiment axis.
 */
public enum PositionEncoding {
  /** A learned vector per absolute position, added to the token embedding. */
  LEARNED,
  /** Rotary embeddings: queries and keys are rotated by an angle proportional to position. */
  ROPE,
  /** No position information at all; the causal mask alone breaks the symmetry. */
  NOPE,
  /** Attention logits get a head-specific penalty linear in the query-key distance. */
  ALIBI;

  /** The encoding with this name (learned, rope, nope, alibi), case-insensitive. */
  public static PositionEncoding parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown position encoding '" + s + "' (expected learned, rope, nope or alibi)");
    }
  }

  /** The lower-case id used on the command line and in checkpoints. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
