package dev.tmi.tasks.recursion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tmi.engine.machine.Recorder;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.testing.TaskContract;
import dev.tmi.engine.variant.Variants;
import dev.tmi.tasks.common.CotStats;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AnySubstringTest extends TaskContract<AnySubstring.Instance> {
  private final AnySubstring task = new AnySubstring();

  @Override
  protected Task<AnySubstring.Instance> task() {
    return task;
  }

  @Override
  protected JsonNode independentAnswer(AnySubstring.Instance in) {
    TreeSet<String> all = new TreeSet<>();
    String s = in.text();
    for (int i = 0; i < s.length(); i++) {
      for (int j = i + 1; j <= s.length(); j++) {
        all.add(s.substring(i, j));
      }
    }
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    all.forEach(a::add);
    return a;
  }

  /** The verifier is the slow part; one instance in eight still verifies 1,250 traces. */
  @Override
  protected int verifyEvery() {
    return 8;
  }

  @Test
  void handCheckedTrace() {
    Recorder r = new Recorder();
    var answer = task.solve(new AnySubstring.Instance("aba"), r);
    assertThat(answer.boxed()).isEqualTo("[a, ab, aba, b, ba]");
    assertThat(Variants.TAIL.render(r.trace().events()))
        .isEqualTo(
            String.join(
                "\n",
                "call(0)",
                "len=3",
                "0<3",
                "call(0) -> x(0,0)",
                "x(0,0)",
                "t0='a'",
                "\"\"+'a'=\"a\"",
                "s[0][0]:=\"a\"",
                "x(0,0) -> x(0,1)",
                "x(0,1)",
                "s[0][0]=\"a\", t1='b'",
                "\"a\"+'b'=\"ab\"",
                "s[0][1]:=\"ab\"",
                "x(0,1) -> x(0,2)",
                "x(0,2)",
                "s[0][1]=\"ab\", t2='a'",
                "\"ab\"+'a'=\"aba\"",
                "s[0][2]:=\"aba\"",
                "x(0,2) -> call(1)",
                "call(1)",
                "len=3",
                "1<3",
                "call(1) -> x(1,1)",
                "x(1,1)",
                "t1='b'",
                "\"\"+'b'=\"b\"",
                "s[1][1]:=\"b\"",
                "x(1,1) -> x(1,2)",
                "x(1,2)",
                "s[1][1]=\"b\", t2='a'",
                "\"b\"+'a'=\"ba\"",
                "s[1][2]:=\"ba\"",
                "x(1,2) -> call(2)",
                "call(2)",
                "len=3",
                "2<3",
                "call(2) -> x(2,2)",
                "x(2,2)",
                "t2='a'",
                "\"\"+'a'=\"a\"",
                "s[0][0]=\"a\"",
                "\"a\"==\"a\"",
                "s[2][2]:=\"a\"",
                "x(2,2) -> call(3)",
                "call(3)",
                "len=3",
                "3==3",
                "call(3) -> ret(2)",
                "ret(2)",
                "ret(2) -> ret(1)",
                "ret(1)",
                "ret(1) -> ret(0)",
                "ret(0)",
                "ret(0) -> ans",
                "ans",
                "s[0][0]=\"a\", s[0][1]=\"ab\", s[0][2]=\"aba\", s[1][1]=\"b\", s[1][2]=\"ba\"",
                "count:=5",
                "ans -> F"));
  }

  @Test
  void singleLetterRepeated() {
    var answer = task.solve(new AnySubstring.Instance("aaaa"), new Recorder());
    assertThat(answer.boxed()).isEqualTo("[a, aa, aaa, aaaa]");
  }

  @Test
  void rejectsBadInstances() {
    assertThatThrownBy(() -> task.validate(new AnySubstring.Instance("")))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> task.validate(new AnySubstring.Instance("aB")))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> task.validate(new AnySubstring.Instance("a".repeat(21))))
        .hasMessageContaining("text");
  }

  @Test
  void tailStaysUnderTheLimit() {
    for (Split s : Split.values()) {
      CotStats st = CotStats.measure(task, s, 2000);
      System.out.println("any-substring " + st);
      assertThat(st.max()).isLessThanOrEqualTo(CotStats.LIMIT);
    }
    // The worst case of L: 14 characters, no repeated substring possible beyond single letters.
    Recorder r = new Recorder();
    task.solve(new AnySubstring.Instance("abcdeabcdeabcd"), r);
    int len = Variants.TAIL.render(r.trace().events()).length();
    System.out.println("any-substring abcdeabcdeabcd: " + len);
    assertThat(len).isLessThanOrEqualTo(CotStats.LIMIT);
  }
}
