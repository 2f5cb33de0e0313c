package dev.tmi.tasks.simulation;

/**
 * The Index Hint baseline's notation: each digit is followed by a letter naming its place relative
 * to the decimal point. Integer places count a, b, c, ... leftwards from the ones digit; fractional
 * places count a, b, c, ... rightwards from the point; after z come A to Z.
 */
final class PlaceTags {
  private static final String TAGS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private PlaceTags() {}

  /** {@code 12.34} becomes {@code 1b2a.3a4b}. */
  static String tag(String decimal) {
    int dot = decimal.indexOf('.');
    String ip = dot < 0 ? decimal : decimal.substring(0, dot);
    StringBuilder sb = new StringBuilder(decimal.length() * 2);
    for (int i = 0; i < ip.length(); i++) {
      char c = ip.charAt(i);
      if (c == '-') {
        sb.append(c);
        continue;
      }
      sb.append(c).append(letter(ip.length() - 1 - i));
    }
    if (dot >= 0) {
      sb.append('.');
      for (int i = dot + 1; i < decimal.length(); i++) {
        sb.append(decimal.charAt(i)).append(letter(i - dot - 1));
      }
    }
    return sb.toString();
  }

  /** Removes the place letters. */
  static String strip(String tagged) {
    StringBuilder sb = new StringBuilder(tagged.length());
    for (int i = 0; i < tagged.length(); i++) {
      char c = tagged.charAt(i);
      if (!Character.isLetter(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static char letter(int place) {
    return place < TAGS.length() ? TAGS.charAt(place) : '?';
  }
}
