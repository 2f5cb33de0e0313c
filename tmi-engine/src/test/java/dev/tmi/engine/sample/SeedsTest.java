package dev.tmi.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The hash that seeds every sample is FNV-1a, whichever strings were hashed before. */
class SeedsTest {
  @Test
  void fnvMatchesThePublishedTestVectors() {
    assertThat(Seeds.fnv("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(Seeds.fnv("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(Seeds.fnv("foobar")).isEqualTo(0x85944171f73967e8L);
  }

  @Property(tries = 3000)
  void fnvOfAStringIsTheSameWhateverWasHashedBefore(@ForAll String s, @ForAll String other) {
    long expected = reference(s);
    assertThat(Seeds.fnv(s)).isEqualTo(expected);
    assertThat(Seeds.fnv(other)).isEqualTo(reference(other));
    assertThat(Seeds.fnv(new String(s))).isEqualTo(expected);
    assertThat(Seeds.fnv(s)).isEqualTo(expected);
  }

  private static long reference(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return h;
  }
}
