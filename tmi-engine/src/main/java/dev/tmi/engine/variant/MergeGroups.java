package dev.tmi.engine.variant;

import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.Fetch;
import dev.tmi.engine.trace.Goto;
import dev.tmi.engine.trace.Halt;
import dev.tmi.engine.trace.State;
import dev.tmi.engine.trace.Write;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "without Atomic State" ablation: the consecutive states of one group (one pass of a loop, one
 * row of a table, one chunk of digits) become a single step. The step restates the cells the group
 * reads from outside itself, then states the final value of every cell the group writes; the
 * elementary operations and intermediate values inside the group are not shown, so one step holds a
 * whole inner loop. States without a group pass through unchanged.
 */
public final class MergeGroups implements Stage {
  @Override
  public EventSink wrap(EventSink downstream) {
    return new EventSink() {
      private String group;
      private final List<Fetch> fetches = new ArrayList<>();
      private final Set<String> seen = new HashSet<>();
      private final Map<String, String> writes = new LinkedHashMap<>();
      private Goto pendingGoto;

      @Override
      public void accept(Event e) {
        if (e instanceof State s) {
          if (group != null && group.equals(s.group())) {
            pendingGoto = null;
            return;
          }
          String next = s.group() != null ? s.group() : s.label();
          flush(pendingGoto == null ? null : new Goto(next));
          pendingGoto = null;
          group = s.group();
          downstream.accept(s.group() != null ? State.of(s.group()) : s);
        } else if (e instanceof Goto g) {
          pendingGoto = g;
        } else if (e instanceof Halt h) {
          flush(h);
        } else if (group == null) {
          downstream.accept(e);
        } else if (e instanceof Fetch f) {
          if (!writes.containsKey(f.name()) && seen.add(f.name())) {
            fetches.add(f);
          }
        } else if (e instanceof Write w) {
          writes.put(w.name(), w.value());
        }
      }

      private void flush(Event closing) {
        if (group != null) {
          for (Fetch f : fetches) {
            downstream.accept(f);
          }
          for (Map.Entry<String, String> w : writes.entrySet()) {
            downstream.accept(new Write(w.getKey(), w.getValue()));
          }
          fetches.clear();
          seen.clear();
          writes.clear();
          group = null;
        }
        if (closing != null) {
          downstream.accept(closing);
        }
      }

      @Override
      public void end() {
        flush(null);
        downstream.end();
      }
    };
  }

  @Override
  public boolean immediate() {
    return false;
  }

  @Override
  public Optional<Scribe.View> narrow(Scribe.View view) {
    // A scribe merges the machine's own states; after another stage they would be that stage's.
    return view.equals(Scribe.View.EVERYTHING)
        ? Optional.of(view.withMergedGroups())
        : Optional.empty();
  }

  @Override
  public String describe() {
    return "the states of one group (loop pass, table row, digit chunk) merge into one step that"
        + " restates the group's inputs and writes its final outputs, with no intermediate"
        + " operations";
  }
}
