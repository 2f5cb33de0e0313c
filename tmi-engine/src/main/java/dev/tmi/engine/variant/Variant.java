package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.format.TraceFormat;
import dev.tmi.engine.trace.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A way to write a solution: a projection of the recorded execution (a chain of {@link Stage}s) and
 * a {@link TraceFormat} for the text, or no format at all for answer-only variants.
 *
 * @param id the stable id, e.g. {@code tail} or {@code no-fetcher}
 * @param title a human title
 * @param description what the variant is, for the documentation
 * @param stages the projection, applied in order
 * @param format the surface form, or {@code null} when the variant has no chain of thought
 */
public record Variant(
    String id, String title, String description, List<Stage> stages, TraceFormat format) {
  public Variant {
    Objects.requireNonNull(id, "id");
    stages = List.copyOf(stages);
  }

  /** An answer-only variant: no chain of thought. */
  public static Variant answerOnly(String id, String title, String description) {
    return new Variant(id, title, description, List.of(), null);
  }

  /** Whether the variant writes a chain of thought. */
  public boolean hasCot() {
    return format != null;
  }

  /** Whether the verifier can feed a model's values back into the algorithm event by event. */
  public boolean immediate() {
    return stages.stream().allMatch(Stage::immediate);
  }

  /** The events this variant shows, which is what its parser gives back. */
  public List<Event> project(List<Event> events) {
    return run(events, false);
  }

  /** The chain of thought for a recorded execution, or {@code ""} without one. */
  public String render(List<Event> events) {
    if (format == null) {
      return "";
    }
    TextBuffer text = TextBuffer.plain();
    render(events, text);
    return text.toString();
  }

  /** Appends the chain of thought for a recorded execution to {@code out}. */
  public void render(List<Event> events, TextBuffer out) {
    if (format != null) {
      format.render(run(events, true), out);
    }
  }

  /**
   * The events as a format shows them: the projection without the stages that only forget what no
   * format shows ({@link Stage#renderTransparent()}). Comparing these with parsed events gives the
   * same differences as comparing {@link #project} output, since parsed events never carry the
   * forgotten information and a comparison looks only at what formats show; the verifier uses it to
   * skip building hundreds of copies of events per output.
   */
  public List<Event> visible(List<Event> events) {
    return run(events, true);
  }

  /**
   * Whether the {@linkplain #visible visible} projection is the recorded execution itself: every
   * stage only forgets what no format shows. It then has the execution's states, one per step.
   */
  public boolean showsEveryEvent() {
    return everyStage(Stage::renderTransparent);
  }

  /**
   * What a {@link Scribe} must show to write this variant's chain of thought while the algorithm
   * runs, or empty if it cannot: the format is not a line format, or a stage needs the whole
   * recording.
   */
  public Optional<Scribe.View> scribeView() {
    if (format == null || !Scribe.canWrite(format)) {
      return Optional.empty();
    }
    Scribe.View view = Scribe.View.EVERYTHING;
    for (Stage s : stages) {
      Optional<Scribe.View> next = s.narrow(view);
      // A scribe merges the machine's own states: a stage after the merge that changes what is
      // shown would have to act on the merged steps, which only the renderer can do.
      if (next.isEmpty() || view.mergedGroups() && !next.get().equals(view)) {
        return Optional.empty();
      }
      view = next.get();
    }
    return Optional.of(view);
  }

  /** Whether the projection has every state of the execution, one per step, and no other. */
  public boolean keepsEveryState() {
    return everyStage(Stage::keepsEveryState);
  }

  // A plain loop: this is asked on every render, and a stream per sample is an allocation there.
  private boolean everyStage(java.util.function.Predicate<Stage> p) {
    for (Stage s : stages) {
      if (!p.test(s)) {
        return false;
      }
    }
    return true;
  }

  /** A sink that projects events into {@code downstream}. */
  public EventSink pipeline(EventSink downstream) {
    return pipeline(downstream, false);
  }

  /** A sink that passes the {@linkplain #visible visible} projection to {@code downstream}. */
  public EventSink visiblePipeline(EventSink downstream) {
    return pipeline(downstream, true);
  }

  private EventSink pipeline(EventSink downstream, boolean visibleOnly) {
    EventSink sink = downstream;
    for (int i = stages.size() - 1; i >= 0; i--) {
      Stage s = stages.get(i);
      if (!(visibleOnly && s.renderTransparent())) {
        sink = s.wrap(sink);
      }
    }
    return sink;
  }

  private List<Event> run(List<Event> events, boolean visibleOnly) {
    if (visibleOnly && showsEveryEvent()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    EventSink sink = pipeline(out::add, visibleOnly);
    for (Event e : events) {
      sink.accept(e);
    }
    sink.end();
    return out;
  }
}
