package dev.tmi.synth;

/** Hears how a synthesis run progresses, e.g. to draw a progress bar. Called from one thread. */
public interface SynthListener {
  /** The run knows how many samples it will render (summed over tasks, streams and variants). */
  default void started(long totalSamples) {}

  /** More samples were written. */
  default void progress(long samples, long bytes) {}

  /** A phase begins, e.g. "selecting addition". */
  default void phase(String description) {}

  /** Listens to nothing. */
  SynthListener NONE = new SynthListener() {};
}
