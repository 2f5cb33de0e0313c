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
  private static final int SLOTS = 1024;

  private final Predicate<String> rule;
  private final String[] passed = new String[SLOTS];

  Validated(Predicate<String> rule) {
    this.rule = rule;
  }

  /** Whether {@code s} passes the rule. */
  boolean test(String s) {
    int slot = s.hashCode() & (SLOTS - 1);
    if (passed[slot] == s) {
      return true;
    }
    if (!rule.test(s)) {
      return false;
    }
    passed[slot] = s;
    return true;
  }
}
