package dev.tmi.engine.task;

/** The algorithm classes of the paper's benchmark. */
public enum AlgorithmClass {
  SIMULATION("simulation", "Simulation", "Sim"),
  RECURSION("recursion", "Recursion", "Rec"),
  ITERATION("iteration", "Iteration", "Iter"),
  GREEDY("greedy", "Greedy", "Greedy"),
  ENUMERATION("enumeration", "Enumeration", "Enum"),
  DYNAMIC_PROGRAMMING("dp", "Dynamic Programming", "DP"),
  DIVIDE_AND_CONQUER("divide-and-conquer", "Divide & Conquer", "D&C"),
  BACKTRACKING("backtracking", "Backtracking", "Backtr");

  private final String id;
  private final String title;
  private final String shortName;

  AlgorithmClass(String id, String title, String shortName) {
    this.id = id;
    this.title = title;
    this.shortName = shortName;
  }

  /** The id written in samples, e.g. {@code dp}. */
  public String id() {
    return id;
  }

  /** A human title. */
  public String title() {
    return title;
  }

  /** The column name in the paper's Table 2. */
  public String shortName() {
    return shortName;
  }

  /** The class with the given id. */
  public static AlgorithmClass byId(String id) {
    for (AlgorithmClass c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown algorithm class: " + id);
  }
}
