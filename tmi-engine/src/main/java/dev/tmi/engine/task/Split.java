package dev.tmi.engine.task;

/** The length splits: S for training, M and L for testing length generalization. */
public enum Split {
  S,
  M,
  L;

  /** The split with this name, case-insensitive. */
  public static Split parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown split '" + s + "' (expected S, M or L)");
    }
  }
}
