package dev.tmi.lab.eval;

import dev.tmi.eval.client.Completion;
import java.io.IOException;
import java.util.List;

/**
 * Whatever answers prompts for an evaluation: an in-process lab model, or any {@link
 * dev.tmi.eval.client.ModelClient} through {@link #of}. Keeping the lab's evaluation behind this
 * one method lets the shared evaluation runner replace it later.
 */
public interface Generator {
  /** Completions of the prompts, in order. */
  List<Completion> complete(List<String> prompts, int maxTokens)
      throws IOException, InterruptedException;

  /** A generator asking a model client one prompt at a time. */
  static Generator of(dev.tmi.eval.client.ModelClient client) {
    return (prompts, maxTokens) -> {
      List<Completion> out = new java.util.ArrayList<>();
      for (String p : prompts) {
        out.add(client.complete(new dev.tmi.eval.client.Prompt(null, p, maxTokens)));
      }
      return out;
    };
  }
}
