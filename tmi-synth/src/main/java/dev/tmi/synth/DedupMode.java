package dev.tmi.synth;

/** What counts as a duplicate. */
public enum DedupMode {
  /**
   * Two samples are duplicates when their query texts are equal (the paper's protocol: no
   * evaluation query appears in training). Tasks with few distinct instances (derangement) then
   * rely on template and story variety.
   */
  QUERY,
  /**
   * Two samples are duplicates when their instances are equal, whatever the wording: stricter, and
   * the train set shares no problem with any eval set.
   */
  INSTANCE
}
