package dev.tmi.lab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final Tokenizer NAMES =
      Tokenizer.of(
          List.of("x[0]=-9,x[1]=7;letter='t',t1='t',t12", "as3>\n"),
          List.of("x[0]", "x[1]", "t1", "t12", "letter", "q"));

  @Test
  void tapeNamesAreOneTokenAndEverythingElseOneCharacter() {
    int[] ids = NAMES.encode("x[1]=-9,t12='t'");
    assertThat(NAMES.pieces(ids))
        .containsExactly("x[1]", "=", "-", "9", ",", "t12", "=", "'", "t", "'");
    // One-character words are dropped: a character is a token already.
    assertThat(NAMES.words()).containsExactly("letter", "t1", "t12", "x[0]", "x[1]");
    assertThat(NAMES.size()).isEqualTo(4 + NAMES.chars().length() + 5);
  }

  @Test
  void aWordMatchesOnlyAWholeName() {
    // t1 inside t123 (a name with no word of its own), letter inside letters, x[1] inside
    // xx[1]: all spelled out.
    for (String s : List.of("t123=", "letters", "xx[1]", "at1")) {
      assertThat(NAMES.encode(s)).as(s).hasSize(s.length());
    }
    assertThat(NAMES.encode(">t1\n")).hasSize(3);
  }

  @Test
  void decodingInvertsEncodingAndTokenIndexMapsCharactersToTokens() {
    String s = "x[0]=-9,x[1]=7\nletter='t',t1='t'";
    int[] ids = NAMES.encode(s);
    assertThat(NAMES.decode(ids, 0, ids.length)).isEqualTo(s);
    int[] at = NAMES.tokenIndex(s);
    assertThat(at).hasSize(s.length());
    assertThat(at[0]).isEqualTo(0);
    assertThat(at[3]).isEqualTo(0);
    assertThat(at[4]).isEqualTo(1);
    assertThat(at[s.length() - 1]).isEqualTo(ids.length - 1);
    Tokenizer plain = new Tokenizer("abc");
    assertThat(plain.tokenIndex("cab")).containsExactly(0, 1, 2);
    assertThat(plain.words()).isEmpty();
  }

  @Test
  void wordsMustBeSpelledInTheVocabulary() {
    assertThatThrownBy(() -> new Tokenizer("ab", List.of("abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abc");
    assertThatThrownBy(() -> new Tokenizer("ab", List.of("ab", "ab")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
  }

  @Test
  void everyTasksLabTextsRoundTripWithItsTapeNamesAsWords() {
    for (Task<?> t : TaskRegistry.load().all()) {
      roundTrip(t);
    }
  }

  private static <I> void roundTrip(Task<I> t) {
    @SuppressWarnings("unchecked")
    LabCodec<I> c = (LabCodec<I>) LabCodec.of(t, "tail");
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Split s : Split.values()) {
      for (int i = 0; i < 5; i++) {
        Drawn<I> d = Drawn.draw(t, 3, "tok", i, s);
        Example e = c.example(d);
        texts.add(e.prompt());
        texts.add(e.response());
        names.addAll(c.promptNames(d.instance()));
      }
    }
    Tokenizer tok = Tokenizer.of(texts, names);
    for (String text : texts) {
      int[] ids = tok.encode(text);
      assertThat(tok.decode(ids, 0, ids.length)).as(t.info().id()).isEqualTo(text);
    }
  }
}
