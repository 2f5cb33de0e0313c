package dev.tmi.lab.decode;

/**
 * What the model wrote for one prompt.
 *
 * @param tokens the generated ids (without the final EOS)
 * @param finishReason {@code stop} (the answer ended) or {@code length} (the guard cut it)
 */
public record Generation(int[] tokens, String finishReason) {}
