package dev.tmi.engine.format;

import dev.tmi.engine.trace.Event;
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
}
