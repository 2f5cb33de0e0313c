package dev.tmi.lab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Long-lived arrays (weights, optimizer moments, position tables) in PyTorch's own memory, which
 * starts on a 64-byte boundary.
 *
 * <p>DJL's {@code create(float[])} wraps a Java direct buffer wherever {@code malloc} put it, 16,
 * 32 or 48 bytes past a 64-byte boundary as often as on one, so a model loaded from a checkpoint
 * had its weights at other alignments than the run that wrote it. oneMKL, which does libtorch's
 * matrix products here, names equal alignment of the operands among its conditions for reproducible
 * results (its "conditional numerical reproducibility" guide). This machine's AMD CPU shows no
 * difference; aligned weights take the question off the table on CPUs that would.
 */
public final class AlignedArrays {
  /** The alignment, in bytes, of PyTorch's CPU allocator. */
  public static final int ALIGNMENT = 64;

  private AlignedArrays() {}

  /** A copy of {@code values} in PyTorch's memory, attached to {@code manager}. */
  public static NDArray of(NDManager manager, float[] values, Shape shape) {
    try (NDArray staged = manager.create(values, shape)) {
      return staged.duplicate();
    }
  }

  /** How far the array's first byte lies past a 64-byte boundary (0 when aligned). */
  public static int misalignment(NDArray array) {
    return array.toByteBuffer(true).alignmentOffset(0, ALIGNMENT);
  }
}
