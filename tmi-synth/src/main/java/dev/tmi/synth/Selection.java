package dev.tmi.synth;

import dev.tmi.engine.task.Split;

/**
 * The samples a stream keeps after de-duplication, in output order, and what was dropped.
 *
 * @param name the output stream: {@code eval-S}, {@code eval-M}, {@code eval-L} or {@code train}
 * @param splits the length split of each kept sample
 * @param indices the draw index of each kept sample within its draw stream
 * @param stats what selection saw
 */
record Selection(String name, Split[] splits, long[] indices, Stats stats) {

  /**
   * Selection counts.
   *
   * @param requested samples asked for
   * @param produced samples kept
   * @param candidates instances drawn
   * @param duplicates candidates dropped as duplicates within the stream
   * @param evalOverlap candidates dropped because an eval set holds them (train only)
   * @param sharedInstances kept training samples whose instance (not query) an eval set holds
   */
  record Stats(
      int requested,
      int produced,
      long candidates,
      long duplicates,
      long evalOverlap,
      long sharedInstances) {
    Stats plus(Stats o) {
      return new Stats(
          requested + o.requested,
          produced + o.produced,
          candidates + o.candidates,
          duplicates + o.duplicates,
          evalOverlap + o.evalOverlap,
          sharedInstances + o.sharedInstances);
    }
  }

  /**
   * The draw streams by split, one string each: a sample's random source hashes its stream's name
   * once per string instance ({@link dev.tmi.engine.sample.Seeds#fnv}), and a name built per sample
   * had been hashed and encoded again for every sample.
   */
  private static final String[] TRAIN_STREAMS = streams("train-");

  private static final String[] EVAL_STREAMS = streams("eval-");

  private static String[] streams(String prefix) {
    Split[] all = Split.values();
    String[] out = new String[all.length];
    for (Split s : all) {
      out[s.ordinal()] = prefix + s;
    }
    return out;
  }

  /** The draw stream of sample {@code i}: {@code eval-S} or {@code train-M}, for instance. */
  String drawStream(int i) {
    return (training() ? TRAIN_STREAMS : EVAL_STREAMS)[splits[i].ordinal()];
  }

  int size() {
    return indices.length;
  }

  /** Whether this is a training stream. */
  boolean training() {
    return name.equals("train");
  }
}
