package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import java.util.Optional;

/**
 * One small, composable step of a projection, in the manner of a Lucene token filter: it wraps the
 * sink downstream of it and passes on, changes, holds back or drops events.
 */
public interface Stage {
  /** A sink that applies this stage, then feeds {@code downstream}. */
  EventSink wrap(EventSink downstream);

  /**
   * Whether the stage never changes what a format prints (it only forgets information the format
   * does not show). Rendering may then skip it, and so may the verifier, which compares only what
   * formats show; parsing gives back its output.
   */
  default boolean renderTransparent() {
    return false;
  }

  /**
   * Whether every state passes unchanged and in order, and no state is added, so the projection has
   * the execution's steps. A stage that forgets only what no format shows does.
   */
  default boolean keepsEveryState() {
    return renderTransparent();
  }

  /**
   * Whether the stage passes each event on (or drops it) at once, never holding one back. The
   * verifier can then feed a model's values back into the algorithm event by event.
   */
  default boolean immediate() {
    return true;
  }

  /**
   * What a {@link Scribe} shows once this stage is applied to {@code view}, or empty if a scribe
   * cannot apply it while the algorithm runs. A stage that changes nothing a format prints leaves
   * the view as it is.
   */
  default Optional<Scribe.View> narrow(Scribe.View view) {
    return renderTransparent() ? Optional.of(view) : Optional.empty();
  }

  /** A short description for the documentation. */
  String describe();
}
