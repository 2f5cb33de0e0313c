package dev.tmi.engine.query;

import java.util.List;

/**
 * Word pools that fill the story slots of query templates, so that the same problem can be told
 * about different people, places and things. Slot names: {@code {name}}, {@code {name2}}, {@code
 * {city}}, {@code {place}}, {@code {thing}}.
 */
public final class StoryWords {
  private StoryWords() {}

  static final List<String> NAMES =
      List.of(
          "Alice", "Bob", "Carmen", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jonas",
          "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara",
          "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Chloe", "Diego");

  static final List<String> CITIES =
      List.of(
          "Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Hanoi", "Cork", "Perth", "Lyon",
          "Accra", "Bergen", "Cusco", "Dakar", "Graz", "Izmir", "Kyoto", "Lima", "Malmo", "Porto",
          "Riga");

  static final List<String> PLACES =
      List.of(
          "warehouse",
          "library",
          "bakery",
          "workshop",
          "observatory",
          "harbour office",
          "clinic",
          "school",
          "market stall",
          "train depot",
          "weather station",
          "print shop",
          "greenhouse",
          "laboratory",
          "post office",
          "museum",
          "shipyard",
          "hotel",
          "farm",
          "studio");

  static final List<String> THINGS =
      List.of(
          "crates", "books", "tickets", "parcels", "seeds", "coins", "tiles", "bottles", "cards",
          "stamps", "bricks", "lamps", "shells", "pencils", "buttons", "jars", "keys", "badges",
          "ribbons", "marbles");

  /** The pool for a story slot, or {@code null} if the slot is not a story slot. */
  static List<String> pool(String slot) {
    return switch (slot) {
      case "name", "name2" -> NAMES;
      case "city" -> CITIES;
      case "place" -> PLACES;
      case "thing" -> THINGS;
      default -> null;
    };
  }
}
