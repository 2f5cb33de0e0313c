package dev.tmi.engine.variant;

import dev.tmi.engine.format.MinimalFormat;
import dev.tmi.engine.format.StyledFormat;
import java.util.List;
import java.util.Optional;

/** The variants every task has. Ids are part of TMI's stable interface. */
public final class Variants {
  private Variants() {}

  /** Minimal, symbolic TAIL-CoT. */
  public static final Variant TAIL =
      new Variant(
          "tail",
          "TAIL-CoT",
          "Every atomic state in execution order: its label, the operands it reads restated"
              + " (Memory Fetcher), one elementary operation per line, its writes, and the"
              + " transition to the next state (Linear Transition).",
          List.of(new HideOperandNames(), new StripGroups()),
          MinimalFormat.INSTANCE);

  /** TAIL-CoT in natural-language sentences. */
  public static final Variant TAIL_STYLED =
      new Variant(
          "tail-styled",
          "TAIL-CoT-styled",
          "The same events as tail, each said in a sentence.",
          List.of(new HideOperandNames(), new StripGroups()),
          StyledFormat.INSTANCE);

  /** The Memory Fetcher ablation. */
  public static final Variant NO_FETCHER =
      new Variant(
          "no-fetcher",
          "w/o Memory Fetcher",
          "TAIL-CoT without restated operands: fetch lines are dropped and an operation names"
              + " the memory cells it reads instead of stating their values.",
          List.of(new HideFetches(), new StripGroups()),
          MinimalFormat.INSTANCE);

  /** The Atomic State ablation. */
  public static final Variant NO_ATOMIC =
      new Variant(
          "no-atomic",
          "w/o Atomic State",
          "TAIL-CoT in which the states of one loop pass (a task-defined group) merge into one"
              + " step: it restates the inputs the group reads and writes the group's final"
              + " results, without the elementary operations in between.",
          List.of(new MergeGroups(), new HideOperandNames(), new StripGroups()),
          MinimalFormat.INSTANCE);

  /** The Linear Transition ablation. */
  public static final Variant NO_LINEAR =
      new Variant(
          "no-linear",
          "w/o Linear Transition",
          "TAIL-CoT without links between states: no 'current -> next' transitions, and"
              + " states that write nothing are skipped.",
          List.of(
              new SkipIdleStates(),
              new DropTransitions(),
              new HideOperandNames(),
              new StripGroups()),
          MinimalFormat.INSTANCE);

  /** The answer alone. */
  public static final Variant DIRECT =
      Variant.answerOnly("direct", "Direct answer", "No chain of thought: the answer only.");

  /** The variants of every task, in documentation order. */
  public static final List<Variant> BUILT_IN =
      List.of(TAIL, TAIL_STYLED, NO_LINEAR, NO_ATOMIC, NO_FETCHER, DIRECT);

  /** A built-in variant by id. */
  public static Optional<Variant> builtIn(String id) {
    return BUILT_IN.stream().filter(v -> v.id().equals(id)).findFirst();
  }
}
