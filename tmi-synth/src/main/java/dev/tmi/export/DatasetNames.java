package dev.tmi.export;

/**
 * Names of exported files as LLaMA-Factory datasets: {@code tmi_<task>_<variant>_<stem>} with every
 * {@code -} turned into {@code _}, e.g. {@code tmi_binary_search_tail_train} or {@code
 * tmi_addition_tail_eval_S}. Recipes name datasets through this class too, so the two agree.
 */
public final class DatasetNames {
  private DatasetNames() {}

  /**
   * The dataset name of a file of a task and variant with a stem ({@code train}, {@code eval-S}).
   */
  public static String of(String task, String variant, String stem) {
    return ("tmi_" + task + "_" + variant + "_" + stem).replace('-', '_');
  }

  /** The HuggingFace split name of a file stem: {@code train}, {@code eval_S}. */
  public static String hfSplit(String stem) {
    return stem.replace('-', '_');
  }
}
