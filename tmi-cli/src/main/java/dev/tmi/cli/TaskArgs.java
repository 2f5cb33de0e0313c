package dev.tmi.cli;

import dev.tmi.engine.task.TaskRegistry;
import java.util.ArrayList;
import java.util.List;

/** Resolves task and variant lists given on the command line. */
final class TaskArgs {
  private TaskArgs() {}

  /** {@code all}, or a comma-separated list of task ids (each checked). */
  static List<String> tasks(String spec) {
    TaskRegistry registry = TaskRegistry.load();
    if (spec == null || spec.isBlank() || spec.strip().equals("all")) {
      return registry.ids();
    }
    List<String> out = new ArrayList<>();
    for (String id : spec.split(",")) {
      String t = id.strip();
      if (!t.isEmpty()) {
        registry.get(t);
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no task given");
    }
    return out;
  }

  /** A comma-separated list. */
  static List<String> list(String spec) {
    List<String> out = new ArrayList<>();
    for (String s : spec.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
