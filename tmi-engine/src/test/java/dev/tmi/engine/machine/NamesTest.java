package dev.tmi.engine.machine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Cached names read exactly as the concatenations they replace, in and out of the cache. */
class NamesTest {

  @Property(tries = 3000)
  void cachedNamesEqualTheirConcatenation(
      @ForAll @IntRange(min = -3, max = 70_000) int i,
      @ForAll @IntRange(min = -3, max = 300) int j) {
    assertThat(Names.indexed("d", i)).isEqualTo("d" + i);
    assertThat(Names.cell("prime", i)).isEqualTo("prime[" + i + "]");
    assertThat(Names.cell("dp", i, j)).isEqualTo("dp[" + i + "][" + j + "]");
    assertThat(Names.call("D", i)).isEqualTo("D(" + i + ")");
    assertThat(Names.call("relax", i, j)).isEqualTo("relax(" + i + "," + j + ")");
  }

  @Property(tries = 3000)
  void familyNamesEqualTheirRule(
      @ForAll @IntRange(min = -3, max = 2000) int i, @ForAll @IntRange(min = -3, max = 600) int j) {
    assertThat(LABELS.of(i, j)).isEqualTo("p" + i + "d" + j);
    assertThat(LABELS.of(i, j)).isEqualTo(LABELS.of(i, j));
  }

  @Property(tries = 3000)
  void indexedNamesEqualTheirConcatenationAndAreTheOnesByPrefix(
      @ForAll @IntRange(min = -3, max = 5000) int i) {
    Names.Indexed rows = Names.indexed("row");
    assertThat(rows.of(i)).isEqualTo("row" + i);
    if (i >= 0 && i < 4096) {
      // One instance per name, whichever way it is asked for, so that the machine's identity
      // caches (validated labels, cell positions) see one string.
      assertThat(rows.of(i)).isSameAs(Names.indexed("row", i)).isSameAs(rows.of(i));
    } else {
      assertThat(rows.of(i)).isNotSameAs(rows.of(i));
    }
  }

  @Test
  void aPrefixHasOneIndexedFamilyAndPrefixesDoNotMix() {
    assertThat(Names.indexed("col")).isSameAs(Names.indexed(new String("col")));
    assertThat(Names.indexed("cols").of(4)).isEqualTo("cols4");
    assertThat(Names.indexed("col").of(4)).isEqualTo("col4");
  }

  @Test
  void indexedFamiliesSpellByTheirRuleAndCacheTheirNames() {
    Names.Indexed calls = Names.indexed(i -> "call(" + i + ")");
    assertThat(calls.of(7)).isEqualTo("call(7)").isSameAs(calls.of(7));
    assertThat(calls.of(4095)).isSameAs(calls.of(4095));
    // Beyond the cache, and below it, the rule still spells the name, each time anew.
    assertThat(calls.of(4096)).isEqualTo("call(4096)").isNotSameAs(calls.of(4096));
    assertThat(calls.of(-1)).isEqualTo("call(-1)");
  }

  private static final Names.Family LABELS = Names.family((p, d) -> "p" + p + "d" + d);

  @Test
  void familiesCacheTheirNamesAndKeepTheirOwnRule() {
    Names.Family braces = Names.family((lo, hi) -> "{" + lo + "," + hi + "}");
    assertThat(braces.of(0, 10)).isEqualTo("{0,10}").isSameAs(braces.of(0, 10));
    assertThat(LABELS.of(0, 10)).isEqualTo("p0d10");
    assertThat(braces.of(511, 511)).isSameAs(braces.of(511, 511));
    // Beyond the cache the rule still spells the name, each time anew.
    assertThat(braces.of(512, 3)).isEqualTo("{512,3}").isNotSameAs(braces.of(512, 3));
  }

  @Test
  void repeatedNamesAreOneInstanceAndShapesDoNotMix() {
    assertThat(Names.cell("dp", 9, 5)).isSameAs(Names.cell("dp", 9, 5));
    assertThat(Names.call("x", 3, 4)).isSameAs(Names.call(new String("x"), 3, 4));
    assertThat(Names.cell("x", 3, 4)).isEqualTo("x[3][4]");
    assertThat(Names.call("x", 3, 4)).isEqualTo("x(3,4)");
    assertThat(Names.cell("x", 300)).isEqualTo("x[300]");
    assertThat(Names.call("x", 300)).isEqualTo("x(300)");
    // Row 1, column 44 of the 1-D layout is index 300, not the 2-D cell [1][44].
    assertThat(Names.cell("x", 1, 44)).isEqualTo("x[1][44]");
  }
}
