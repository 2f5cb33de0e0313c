package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
import java.util.Arrays;
import java.util.List;

/**
 * A surface form of a trace: renders events as chain-of-thought text and parses such text back. For
 * every event list {@code es} a format produces, {@code parse(render(es)).events()} equals {@code
 * es}; step-level verification of model outputs relies on this.
 */
public interface TraceFormat {
  /** Appends the text of the events to {@code out}. */
  void render(List<Event> events, TextBuffer out);

  /** Renders the events to a string. */
  default String render(List<Event> events) {
    TextBuffer text = TextBuffer.plain();
    render(events, text);
    return text.toString();
  }

  /**
   * Parses text in this format. Never throws on bad input: lines that cannot be read are reported
   * in {@link ParsedTrace#errors()} and skipped.
   */
  ParsedTrace parse(String text);

  /**
   * Parses text that should read as {@code reference}, the events this format shows (the verifier's
   * reference execution): the same result as {@link #parse(String)}, except that a format may take
   * the events of lines identical to the reference's rendering from {@code reference} instead of
   * reading them. Such events are the reference's own objects, so they may carry what the format
   * does not show (operand names, groups); their text, line numbers and the parse errors are
   * exactly those of {@link #parse(String)}.
   */
  default ParsedTrace parse(String text, List<Event> reference) {
    return parse(text);
  }

  /**
   * {@link #parse(String, List)}, with the reference as an array the format must not change, given
   * also the reference's rendering in this format, {@code render(reference)}, which the caller has
   * at hand (an evaluation sample's chain of thought): a format may then match the text against it
   * instead of rendering the reference again. The result is that of {@link #parse(String)} only if
   * {@code rendering} is the reference's rendering.
   *
   * @param rendering the reference's rendering, or {@code null} if not at hand
   */
  default ParsedTrace parse(String text, Event[] reference, String rendering) {
    return parse(text, Arrays.asList(reference));
  }
}
