package dev.tmi.engine.machine;

import java.util.function.Predicate;

/**
 * A rule on strings with a memory of the instances that passed it, by identity. Tasks name their
 * cells and states through cached strings ({@link Names}), so the machine meets the same instances
 * sample after sample, and checking each one's characters again cost a few percent of writing a
 * small chain of thought. A string is immutable, so an instance that passed once passes for good;
 * slots are overwritten freely, and a racy read sees an old or a new instance, either of which
 * passed.
 */
final class Validated {
  private static final int BITS = 12;
  private static final int SLOTS = 1 << BITS;

  private final Predicate<String> rule;
  private final String[] passed = new String[SLOTS];

  Validated(Predicate<String> rule) {
    this.rule = rule;
  }

  /**
   * Whether {@code s} passes the rule. An instance is looked for in two slots, the second from
   * other bits of its hash: families of labels such as {@code p27d2} have hash codes a fixed
   * distance apart, and with one slot each, two families could keep evicting each other.
   */
  boolean test(String s) {
    int h = s.hashCode();
    int first = h & (SLOTS - 1);
    if (passed[first] == s) {
      return true;
    }
    int second = (h * 0x9E3779B9) >>> (32 - BITS);
    if (passed[second] == s) {
      return true;
    }
    if (!rule.test(s)) {
      return false;
    }
    passed[passed[first] == null ? first : second] = s;
    return true;
  }
}
