package dev.tmi.engine.sample;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives the random source of one sample from (seed, task, stream, index) alone, so that any
 * sample can be generated on its own, on any thread, in any shard, with the same result.
 */
public final class Seeds {
  private Seeds() {}

  /** The random source of sample {@code index} of a task's stream. */
  public static SplittableRandom rng(long seed, String task, String stream, long index) {
    return new SplittableRandom(mix(seed, task, stream, index));
  }

  /** A 64-bit key mixing the four coordinates. */
  public static long mix(long seed, String task, String stream, long index) {
    long h = seed * 0x9E3779B97F4A7C15L;
    h = stafford(h ^ fnv(task));
    h = stafford(h ^ fnv(stream));
    return stafford(h + index * 0xBF58476D1CE4E5B9L);
  }

  /** A string's hash, for {@link #RECENT}. */
  private record Hashed(String text, long fnv) {}

  /**
   * The last strings hashed, by their {@link String#hashCode}: a sample's task and stream are the
   * same strings as its neighbours', so each is encoded and hashed once rather than per sample.
   * Slots hold immutable entries, so a racy read sees an old or a new complete one.
   */
  private static final Hashed[] RECENT = new Hashed[16];

  /** FNV-1a over UTF-8 bytes, stable across JVMs. */
  public static long fnv(String s) {
    int slot = s.hashCode() & (RECENT.length - 1);
    Hashed recent = RECENT[slot];
    if (recent != null && recent.text == s) {
      return recent.fnv;
    }
    long h = fnvOf(s);
    RECENT[slot] = new Hashed(s, h);
    return h;
  }

  private static long fnvOf(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long stafford(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
