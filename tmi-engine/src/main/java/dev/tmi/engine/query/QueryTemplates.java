package dev.tmi.engine.query;

import dev.tmi.engine.format.EncodedText;
import dev.tmi.engine.format.TextBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A task's query templates. A template is text with {@code {slot}} placeholders: the task fills the
 * problem's slots, and story slots ({@code {name}}, {@code {city}}, ...) are drawn from {@link
 * StoryWords}. Templates are parsed once, so filling one is a few appends.
 */
public final class QueryTemplates {
  private final List<String> sources;
  private final List<List<Part>> compiled;

  /** A template's piece: text, encoded once ({@code slot} null), or a slot. */
  private record Part(EncodedText text, String slot) {}

  private QueryTemplates(List<String> sources) {
    this.sources = List.copyOf(sources);
    List<List<Part>> c = new ArrayList<>();
    for (String t : sources) {
      c.add(compile(t));
    }
    this.compiled = List.copyOf(c);
  }

  /** Templates from their texts. */
  public static QueryTemplates of(String... templates) {
    if (templates.length == 0) {
      throw new IllegalArgumentException("at least one template is needed");
    }
    return new QueryTemplates(List.of(templates));
  }

  /** The template texts. */
  public List<String> sources() {
    return sources;
  }

  /** How many templates there are. */
  public int size() {
    return sources.size();
  }

  /**
   * The values of a task's slots, asked for only by the templates that use them: some tasks word
   * the same data in two ways (a list of triples, or of roads) that no one template uses both of.
   */
  @FunctionalInterface
  public interface Slots {
    /** The text of a slot, or {@code null} if the task does not fill it. */
    String value(String slot);
  }

  /** Fills a randomly chosen template. */
  public String render(SplittableRandom rng, Map<String, String> slots) {
    return render(rng, slots::get);
  }

  /** Fills a randomly chosen template, asking for the task's slots as they come. */
  public String render(SplittableRandom rng, Slots slots) {
    return render(rng.nextInt(compiled.size()), rng, slots);
  }

  /**
   * Fills template {@code index}.
   *
   * @throws IllegalArgumentException if a slot is neither given nor a story slot
   */
  public String render(int index, SplittableRandom rng, Map<String, String> slots) {
    return render(index, rng, slots::get);
  }

  /**
   * Fills template {@code index}, asking for the task's slots as they come.
   *
   * @throws IllegalArgumentException if a slot is neither given nor a story slot
   */
  public String render(int index, SplittableRandom rng, Slots slots) {
    // The pieces are joined at the end: String.join sizes the text once and copies each piece
    // once, where a builder grew and then copied the whole query into the string.
    List<Part> parts = compiled.get(index);
    String[] pieces = fill(index, parts, rng, slots);
    for (int i = 0; i < pieces.length; i++) {
      if (pieces[i] == null) {
        pieces[i] = parts.get(i).text().text();
      }
    }
    return String.join("", pieces);
  }

  /**
   * Fills a randomly chosen template into a buffer: the text {@link #render(SplittableRandom,
   * Slots)} gives for the same random state, as the buffer holds it. Synthesis writes the query
   * straight into a sample's JSON line this way, its template's text as bytes encoded once.
   */
  public void render(SplittableRandom rng, Slots slots, TextBuffer out) {
    int index = rng.nextInt(compiled.size());
    List<Part> parts = compiled.get(index);
    String[] pieces = fill(index, parts, rng, slots);
    for (int i = 0; i < pieces.length; i++) {
      if (pieces[i] == null) {
        out.append(parts.get(i).text());
      } else {
        out.append(pieces[i]);
      }
    }
  }

  /**
   * The slots' values of template {@code index}, by piece, with {@code null} for its text pieces.
   */
  private static String[] fill(int index, List<Part> parts, SplittableRandom rng, Slots slots) {
    String[] pieces = new String[parts.size()];
    String name = null;
    String name2 = null;
    Map<String, String> drawn = null;
    for (int i = 0; i < pieces.length; i++) {
      Part p = parts.get(i);
      if (p.slot() == null) {
        continue;
      }
      String v = slots.value(p.slot());
      if (v == null && drawn != null) {
        v = drawn.get(p.slot());
      }
      if (v == null) {
        List<String> pool = StoryWords.pool(p.slot());
        if (pool == null) {
          throw new IllegalArgumentException(
              "template " + index + " has slot {" + p.slot() + "} that the task does not fill");
        }
        v = pool.get(rng.nextInt(pool.size()));
        if (p.slot().equals("name2")) {
          while (v.equals(name)) {
            v = pool.get(rng.nextInt(pool.size()));
          }
          name2 = v;
        } else if (p.slot().equals("name")) {
          while (v.equals(name2)) {
            v = pool.get(rng.nextInt(pool.size()));
          }
          name = v;
        }
        if (drawn == null) {
          drawn = new java.util.HashMap<>(4);
        }
        drawn.put(p.slot(), v);
      }
      pieces[i] = v;
    }
    return pieces;
  }

  private static List<Part> compile(String t) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int open = t.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(new EncodedText(t.substring(i)), null));
        break;
      }
      int close = t.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed slot in template: " + t);
      }
      if (open > i) {
        parts.add(new Part(new EncodedText(t.substring(i, open)), null));
      }
      parts.add(new Part(null, t.substring(open + 1, close)));
      i = close + 1;
    }
    return parts;
  }
}
