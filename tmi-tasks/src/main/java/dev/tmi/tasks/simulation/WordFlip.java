package dev.tmi.tasks.simulation;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
import dev.tmi.engine.machine.Cells;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Names;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.query.QueryTemplates;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.engine.task.BaseTask;
import dev.tmi.engine.task.LengthRange;
import dev.tmi.engine.task.Ordered;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskDoc;
import dev.tmi.engine.task.TaskInfo;
import dev.tmi.engine.trace.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reverses a sentence character by character, after the paper's styled example: the sentence is
 * first decomposed into its characters with 1-based indices, then the reversed text is built one
 * index at a time from the last character down, each step restating the character and the text
 * built so far.
 */
public final class WordFlip extends BaseTask<WordFlip.Instance> {

  /**
   * A word-flip instance.
   *
   * @param text the sentence to reverse
   */
  public record Instance(String text) {}

  private static final Names.Indexed INDEX_STATES = Names.indexed("idx");

  /** Reversal steps merged into one step by the no-atomic ablation. */
  static final int CHUNK = 5;

  static final int MAX_LENGTH = 500;

  /** The longest word of {@link #WORDS}; every length from 1 up to it has words. */
  static final int MAX_WORD = 9;

  /** Common English words, by which sentences of an exact length are assembled. */
  static final List<String> WORDS =
      List.of(
          ("a I an at be by do go he if in is it me my no of on or so to up us we and are big box"
                  + " but can cat day dog for fun had her him his hot how map new not now old one our"
                  + " out red run sea see sky sun the two was way who why yes you also back bird blue"
                  + " boat book calm cold door down each fast fish from good have here hill home just"
                  + " kind lake late left like long made many moon more near next open rain read road"
                  + " room said ship slow snow some song star take that then they this time tree walk"
                  + " warm well went what when wind with word work year about after again apple below"
                  + " bread bring clean close dream early every field first found friend garden great"
                  + " green happy heavy house light music never night often other paper place plant"
                  + " quiet river small smile sound stone story sweet table their there think today"
                  + " train under water where which white while world write young across always animal"
                  + " around before better bright called candle castle corner family flower forest"
                  + " letter little market mother number orange people pencil planet purple rather"
                  + " school simple spring street summer window winter yellow against awesome balance"
                  + " between brother careful morning evening journey kitchen library machine nothing"
                  + " picture quickly quietly rainbow station teacher thunder weather whisper airplane"
                  + " birthday children daughter drawings elephant evenings mountain neighbor notebook"
                  + " painting sandwich shoulder standing sunshine together vacation yourself"
                  + " adventure afternoon beautiful butterfly chocolate different important something"
                  + " sometimes sunflower telephone wonderful yesterday")
              .split(" "));

  private static final List<List<String>> BY_LENGTH = byLength();

  /** Group labels of the copying states, such as {@code idx12to9}. */
  private static final Names.Family INDICES =
      Names.family((first, last) -> "idx" + first + "to" + last);

  private static final Cells C = Cells.indexed("c");
  private static final Cell R = Cell.named("r");

  public WordFlip() {
    super(
        TaskInfo.of(
            "word-flip",
            "Word Flip",
            AlgorithmClass.SIMULATION,
            "a sentence of n characters reversed character by character",
            "n, the number of characters of the sentence (spaces and punctuation included)",
            new LengthRange(10, 20),
            new LengthRange(21, 50),
            new LengthRange(51, 100)),
        Instance.class,
        AnswerKind.TEXT,
        QueryTemplates.of(
            "Reverse the following sentence character by character: \"{text}\"",
            "Write \"{text}\" backwards, one character at a time.",
            "Flip the text \"{text}\" so that its last character comes first.",
            "What is \"{text}\" spelled in reverse order, character by character?",
            "Reverse every character of this sentence, including spaces and punctuation:"
                + " \"{text}\"",
            "Read \"{text}\" from right to left and write down exactly what you read.",
            "Give the character-by-character reversal of \"{text}\".",
            "Input: \"{text}\"\nOutput the input string reversed.",
            "Mirror the sentence \"{text}\": write its characters in the opposite order.",
            "Turn \"{text}\" around completely, so that it reads backwards letter by letter.",
            "{name} writes secret notes by reversing them character by character. How does"
                + " {name} encode \"{text}\"?",
            "A sign painter in {city} paints the text \"{text}\" on the inside of a glass door."
                + " Seen from inside, the characters appear in reverse order. Write the text as"
                + " read from inside, character by character.",
            "{name} sends {name2} the message \"{text}\" written backwards. What exactly does"
                + " the reversed message say?",
            "At the {place}, a printer jammed and printed \"{text}\" in reverse character"
                + " order. What was printed?",
            "Reverse the string \"{text}\". Keep every space and punctuation mark, just in the"
                + " opposite order.",
            "What do you get if you write the characters of \"{text}\" from the last to the"
                + " first?",
            "String reversal task. Text: \"{text}\". Reversed text = ?",
            "Spell \"{text}\" backwards, character by character.",
            "{name} plays a game: every sentence must be said in reverse, character by"
                + " character. Reverse \"{text}\".",
            "Produce the reverse of the sentence \"{text}\", treating spaces and punctuation as"
                + " characters too.",
            "A puzzle at the {place} asks visitors to flip the line \"{text}\" character by"
                + " character. What is the answer?"));
  }

  private static List<List<String>> byLength() {
    List<List<String>> out = new ArrayList<>();
    for (int len = 0; len <= MAX_WORD; len++) {
      out.add(new ArrayList<>());
    }
    for (String w : WORDS) {
      if (w.length() <= MAX_WORD) {
        out.get(w.length()).add(w);
      }
    }
    for (int len = 1; len <= MAX_WORD; len++) {
      if (out.get(len).isEmpty()) {
        throw new IllegalStateException("no word of length " + len);
      }
      out.set(len, List.copyOf(out.get(len)));
    }
    return List.copyOf(out);
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    return new Instance(sentence(rng, info().range(split).draw(rng)));
  }

  /**
   * A sentence of exactly {@code n} characters: words from {@link #WORDS} separated by single
   * spaces, an occasional comma, a capital first letter, and usually a final period, question mark
   * or exclamation mark. The last word is chosen to fill the length exactly.
   */
  static String sentence(SplittableRandom rng, int n) {
    int p = rng.nextInt(20);
    char end = p < 11 ? '.' : p < 13 ? '!' : p < 15 ? '?' : 0;
    int body = end == 0 ? n : n - 1;
    StringBuilder sb = new StringBuilder(n);
    while (true) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      int room = body - sb.length();
      if (room <= MAX_WORD) {
        List<String> fit = BY_LENGTH.get(room);
        sb.append(fit.get(rng.nextInt(fit.size())));
        break;
      }
      // Leave room for a space and at least one more character.
      int longest = Math.min(MAX_WORD, room - 2);
      String word;
      do {
        word = WORDS.get(rng.nextInt(WORDS.size()));
      } while (word.length() > longest);
      sb.append(word);
      if (rng.nextInt(8) == 0 && room - word.length() - 1 >= 2) {
        sb.append(',');
      }
    }
    if (end != 0) {
      sb.append(end);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.text().length());
  }

  @Override
  public void validate(Instance in) {
    check(in.text() != null && !in.text().isEmpty(), "text", "must be a non-empty string");
    String t = in.text();
    check(t.length() <= MAX_LENGTH, "text", "at most 500 characters");
    check(t.strip().equals(t), "text", "must not start or end with white space");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // Braces would break the boxed answer; control characters have no literal.
      check(c >= ' ' && c <= '~' && c != '{' && c != '}', "text", "printable ASCII without braces");
    }
    // The partial results are reversed suffixes: " >- " there would read as a transition.
    check(!t.contains(" >- "), "text", "must not contain ' >- '");
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    return Map.of("text", in.text())::get;
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.text().length();
    m.init("text", Literals.ofString(in.text()));

    m.state("split");
    String text = m.fetch("text").asText();
    for (int i = 1; i <= text.length(); i++) {
      m.write(C.at(i), Literals.ofChar(text.charAt(i - 1)));
    }
    m.write(R, Literals.ofString(""));

    Val built = null;
    for (int i = n; i >= 1; i--) {
      int first = n - (n - i) / CHUNK * CHUNK;
      m.state(INDEX_STATES.of(i), INDICES.of(first, Math.max(1, first - CHUNK + 1)));
      Val c = m.fetch(C.at(i));
      Val r = m.fetch(R);
      built = m.add(r, c);
      m.write(R, built);
    }
    m.halt();
    return Answers.text(built.asText());
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Sentences are assembled from an embedded list of about 260 common English words of 1"
            + " to 9 letters, separated by single spaces; after a word a comma follows with"
            + " probability 1/8; the first letter is capitalised; the sentence ends with a period"
            + " (55%), an exclamation mark (10%), a question mark (10%) or nothing (25%). The last"
            + " word is chosen to make the length exactly n. Sentences contain no quotes, no"
            + " backslash, no leading or trailing space. The length n counts every character,"
            + " spaces and punctuation included.",
        Ordered.map("text", "a sentence of exactly n characters, drawn as described above"),
        "the text reversed character by character, boxed as written",
        "A first state split restates the text and decomposes it with 1-based indices, writing"
            + " c1 = its first character, ..., cn = its last, and the empty result r = \"\". Then"
            + " one state idx_i per index i = n, n-1, ..., 1: it restates c_i and r, concatenates"
            + " them in one operation (r + c_i) and writes the new r. The last r is the answer."
            + " Groups for no-atomic: five indices per step (the merged step restates the five"
            + " characters and the incoming r and writes the resulting r).",
        List.of(
            "Characters are written as literals like 'a' or ' ', the growing result as a string"
                + " literal like \".dlrow\"; + concatenates.",
            "The trace grows quadratically with n, since every step restates the partial result"
                + " three times (fetch, operation, write); at n = 100 the tail CoT is about 20,000"
                + " characters, under the 32,000 limit."));
  }
}
