package dev.tmi.lab.eval;

import dev.tmi.eval.client.Completion;
import dev.tmi.eval.client.ModelClient;
import dev.tmi.eval.client.Prompt;
import dev.tmi.lab.LabModel;
import java.io.IOException;
import java.util.List;

/**
 * The in-process lab backend of the evaluation contract: answers with a {@link LabModel}, without a
 * server. The user message is the prompt; a system message is ignored (the lab's models are trained
 * without one).
 */
public final class LabModelClient implements ModelClient {
  private final LabModel model;
  private final boolean owns;

  /**
   * A client over a loaded model.
   *
   * @param owns whether closing the client closes the model
   */
  public LabModelClient(LabModel model, boolean owns) {
    this.model = model;
    this.owns = owns;
  }

  @Override
  public Completion complete(Prompt prompt) throws IOException {
    try {
      return model.complete(List.of(prompt.user()), prompt.maxTokens()).get(0);
    } catch (IllegalArgumentException e) {
      throw new IOException("the lab model cannot read this prompt: " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "lab:" + model.name() + " (" + model.dir() + ")";
  }

  @Override
  public void close() {
    if (owns) {
      model.close();
    }
  }
}
