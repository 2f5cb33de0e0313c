package dev.tmi.lab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Keys and values of every layer for a batch being decoded, preallocated to the longest length and
 * filled in place, so a decode step allocates nothing that outlives it. It lives in its own
 * manager, outside the per-step scopes.
 */
public final class KvCache implements AutoCloseable {
  private final NDManager manager;
  private final NDArray[] keys;
  private final NDArray[] values;

  /** A cache for {@code batch} sequences of at most {@code capacity} tokens. */
  public KvCache(ModelConfig cfg, int batch, int capacity, NDManager parent) {
    manager = parent.newSubManager();
    keys = new NDArray[cfg.layers()];
    values = new NDArray[cfg.layers()];
    Shape shape = new Shape(batch, cfg.heads(), capacity, cfg.headDim());
    for (int l = 0; l < cfg.layers(); l++) {
      keys[l] = manager.zeros(shape);
      values[l] = manager.zeros(shape);
      NDScope.unregister(keys[l], values[l]);
    }
  }

  void put(int layer, NDArray k, NDArray v, int offset) {
    long t = k.getShape().get(2);
    NDIndex at = new NDIndex(":, :, {}:{}", offset, offset + t);
    keys[layer].set(at, k);
    values[layer].set(at, v);
  }

  NDArray keys(int layer, int length) {
    return keys[layer].get(new NDIndex(":, :, 0:{}", length));
  }

  NDArray values(int layer, int length) {
    return values[layer].get(new NDIndex(":, :, 0:{}", length));
  }

  @Override
  public void close() {
    manager.close();
  }
}
