package dev.tmi.engine.format;

/**
 * A line of a chain of thought that could not be read.
 *
 * @param line 1-based line number
 * @param eventIndex how many events had been read before this line
 * @param text the line, cut to 200 characters
 * @param message what was wrong
 */
public record ParseError(int line, int eventIndex, String text, String message) {
  static ParseError of(int line, int eventIndex, String text, String message) {
    String t = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return new ParseError(line, eventIndex, t, message);
  }
}
