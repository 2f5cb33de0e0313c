package dev.tmi.engine.trace;

import java.util.List;
import java.util.Objects;

/**
 * One elementary operation: an operator applied to operands, with its result.
 *
 * @param operator the operation
 * @param args its operands, in order
 * @param result the result literal; for {@link Operator#REL} the relation symbol that holds
 */
public record Op(Operator operator, List<Arg> args, String result) implements Event {
  public Op {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(result, "result");
    args = List.copyOf(args);
  }
}
