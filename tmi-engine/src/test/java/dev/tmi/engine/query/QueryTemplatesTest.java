package dev.tmi.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A filled template is its text with each task slot replaced by the task's value, and each story
 * slot by a word of its pool, the same word wherever the slot repeats.
 */
class QueryTemplatesTest {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");
  private static final Map<String, String> VALUES = Map.of("a", "12", "b", "x y", "text", "");

  @Property(tries = 2000)
  void fillingReplacesEachSlotAsARegularExpressionWould(
      @ForAll("templates") String template, @ForAll @LongRange long seed) {
    String filled = QueryTemplates.of(template).render(new SplittableRandom(seed), VALUES);
    assertThat(filled).matches(expected(template));
  }

  @Test
  void theTwoNamesOfAStoryDiffer() {
    QueryTemplates t = QueryTemplates.of("{name} meets {name2}; {name} waves.");
    for (long seed = 0; seed < 500; seed++) {
      String[] words = t.render(new SplittableRandom(seed), Map.of()).split("[ ;.]+");
      assertThat(words[0]).isNotEqualTo(words[2]).isEqualTo(words[3]);
      assertThat(StoryWords.NAMES).contains(words[0], words[2]);
    }
  }

  @Test
  void aSlotNoOneFillsIsAnError() {
    assertThatThrownBy(
            () -> QueryTemplates.of("Sort {list}.").render(new SplittableRandom(1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{list}");
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab ,.'\"\néЖ").ofMaxLength(6);
    Arbitrary<String> slot = Arbitraries.of("{a}", "{b}", "{text}", "{name}", "{city}");
    return Arbitraries.oneOf(text, slot).list().ofMaxSize(8).map(parts -> String.join("", parts));
  }

  /**
   * What the template filled may be: its text, task slots replaced by their values, each story slot
   * by a word of its pool, the same word at every use.
   */
  private static Pattern expected(String template) {
    Matcher m = SLOT.matcher(template);
    StringBuilder regex = new StringBuilder("\\Q");
    int at = 0;
    Map<String, List<String>> pools = Map.of("name", StoryWords.NAMES, "city", StoryWords.CITIES);
    List<String> story = new java.util.ArrayList<>();
    while (m.find()) {
      regex.append(template, at, m.start()).append("\\E");
      String value = VALUES.get(m.group(1));
      if (value != null) {
        regex.append(Pattern.quote(value));
      } else {
        int prior = story.indexOf(m.group(1));
        regex.append(
            prior >= 0 ? "\\" + (prior + 1) : "(" + String.join("|", pools.get(m.group(1))) + ")");
        if (prior < 0) {
          story.add(m.group(1));
        }
      }
      regex.append("\\Q");
      at = m.end();
    }
    regex.append(template.substring(at)).append("\\E");
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
