package dev.tmi.stats;

/** Counts the tokens of a text, with a real tokenizer or an approximation. Thread-safe. */
public interface TokenCounter extends AutoCloseable {
  /**
   * What counts, for reports, e.g. {@code tokenizer.json (BPE, 151,665 tokens)} or {@code approx}.
   */
  String name();

  /** Whether counts come from a real tokenizer ({@code false}: an approximation). */
  boolean exact();

  /** The number of tokens of a text, without any special tokens added around it. */
  int count(String text);

  @Override
  default void close() {}
}
