package dev.tmi.synth;

/** 128-bit keys of texts, for de-duplication: two independent 64-bit hashes. */
final class Keys {
  private Keys() {}

  static long h1(CharSequence s) {
    long h = 0x9E3779B97F4A7C15L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return mix(h);
  }

  static long h2(CharSequence s) {
    long h = 0xC2B2AE3D27D4EB4FL + s.length();
    for (int i = s.length() - 1; i >= 0; i--) {
      h = Long.rotateLeft(h + s.charAt(i) * 0x9FB21C651E98DF25L, 27) * 0x87C37B91114253D5L;
    }
    return mix(h);
  }

  /** {@link #h1(CharSequence)} over the first {@code n} bytes of {@code b}. */
  static long h1(byte[] b, int n) {
    long h = 0x9E3779B97F4A7C15L ^ n;
    for (int i = 0; i < n; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return mix(h);
  }

  /** {@link #h2(CharSequence)} over the first {@code n} bytes of {@code b}. */
  static long h2(byte[] b, int n) {
    long h = 0xC2B2AE3D27D4EB4FL + n;
    for (int i = n - 1; i >= 0; i--) {
      h = Long.rotateLeft(h + (b[i] & 0xFF) * 0x9FB21C651E98DF25L, 27) * 0x87C37B91114253D5L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
