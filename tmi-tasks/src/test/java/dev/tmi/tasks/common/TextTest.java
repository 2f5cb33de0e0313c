package dev.tmi.tasks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class TextTest {
  @Property(tries = 1000)
  void spacedCharactersJoinEachCharacterWithACommaAndASpace(
      @ForAll @CharRange(from = ' ', to = '~') String text) {
    assertThat(Text.spacedCharacters(text)).isEqualTo(String.join(", ", text.split("")));
  }

  @Test
  void aSurrogatePairIsOneCharacter() {
    assertThat(Text.spacedCharacters("a\uD83D\uDE00b")).isEqualTo("a, \uD83D\uDE00, b");
    assertThat(Text.spacedCharacters("")).isEmpty();
  }

  @Test
  void joinWritesNumbersAndOtherValues() {
    assertThat(Text.join(List.of(1, -2L, "x"))).isEqualTo("1, -2, x");
    assertThat(Text.join(List.of())).isEmpty();
  }
}
