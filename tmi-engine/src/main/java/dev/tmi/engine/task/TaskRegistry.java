package dev.tmi.engine.task;

import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.variant.Variants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The tasks found on the class path through {@link ServiceLoader}, in the paper's order (unknown
 * third-party tasks after them, by id).
 */
public final class TaskRegistry {
  /** The paper's task order, then the extra task. */
  public static final List<String> PAPER_ORDER =
      List.of(
          "addition",
          "division",
          "bubble-sort",
          "word-flip",
          "compare-numbers",
          "any-substring",
          "derangement",
          "population-growth",
          "dijkstra",
          "multi-machine-schedule",
          "count-letters",
          "diophantine",
          "prime-search",
          "knapsack",
          "lcs",
          "levenshtein",
          "binary-search",
          "permutation-combination",
          "palindrome-combination");

  private final Map<String, Task<?>> tasks;

  private TaskRegistry(List<Task<?>> found) {
    List<Task<?>> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Task<?> t) -> rank(t.info().id()))
            .thenComparing(t -> t.info().id()));
    Map<String, Task<?>> m = new LinkedHashMap<>();
    for (Task<?> t : sorted) {
      if (m.putIfAbsent(t.info().id(), t) != null) {
        throw new IllegalStateException("two tasks share the id " + t.info().id());
      }
    }
    this.tasks = m;
  }

  private static int rank(String id) {
    int i = PAPER_ORDER.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static volatile TaskRegistry defaultRegistry;

  /** The tasks on the class path of this class's loader. */
  public static TaskRegistry load() {
    TaskRegistry r = defaultRegistry;
    if (r == null) {
      List<Task<?>> found = new ArrayList<>();
      for (Task<?> t : ServiceLoader.load(Task.class, TaskRegistry.class.getClassLoader())) {
        found.add(t);
      }
      r = new TaskRegistry(found);
      defaultRegistry = r;
    }
    return r;
  }

  /** A registry of the given tasks, for tests. */
  public static TaskRegistry of(List<Task<?>> tasks) {
    return new TaskRegistry(tasks);
  }

  /** All tasks in order. */
  public List<Task<?>> all() {
    return List.copyOf(tasks.values());
  }

  /** The task ids in order. */
  public List<String> ids() {
    return List.copyOf(tasks.keySet());
  }

  /** A task by id. */
  public Optional<Task<?>> find(String id) {
    return Optional.ofNullable(tasks.get(id));
  }

  /**
   * A task by id.
   *
   * @throws IllegalArgumentException naming the unknown id and the known ones
   */
  public Task<?> get(String id) {
    Task<?> t = tasks.get(id);
    if (t == null) {
      throw new IllegalArgumentException(
          "unknown task '" + id + "'; known tasks: " + String.join(", ", tasks.keySet()));
    }
    return t;
  }

  /** The variants of a task: the built-in ones, then its own. */
  public static List<Variant> variants(Task<?> task) {
    List<Variant> out = new ArrayList<>(Variants.BUILT_IN);
    out.addAll(task.extraVariants());
    return out;
  }

  /**
   * A variant of a task by id.
   *
   * @throws IllegalArgumentException naming the unknown id and the task's variants
   */
  public static Variant variant(Task<?> task, String id) {
    for (Variant v : variants(task)) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "task "
            + task.info().id()
            + " has no variant '"
            + id
            + "'; its variants: "
            + String.join(", ", variants(task).stream().map(Variant::id).toList()));
  }
}
