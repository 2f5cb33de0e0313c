package dev.tmi.tasks.greedy;

import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.answer.AnswerKind;
import dev.tmi.engine.answer.Answers;
import dev.tmi.engine.machine.Cell;
import dev.tmi.engine.machine.CellGrid;
import dev.tmi.engine.machine.Cells;
import dev.tmi.engine.machine.Machine;
import dev.tmi.engine.machine.Names;
import dev.tmi.engine.machine.TraceMismatch;
import dev.tmi.engine.machine.Val;
import dev.tmi.engine.query.QueryTemplates;
import dev.tmi.engine.task.AlgorithmClass;
import dev.tmi.engine.task.BaseTask;
import dev.tmi.engine.task.LengthRange;
import dev.tmi.engine.task.Ordered;
import dev.tmi.engine.task.Split;
import dev.tmi.engine.task.TaskDoc;
import dev.tmi.engine.task.TaskInfo;
import dev.tmi.engine.trace.Literals;
import dev.tmi.engine.verify.ErrorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Dijkstra's shortest paths from a source in a connected, weighted, undirected graph, greedy choice
 * by choice: each round pops the unvisited vertex with the smallest tentative distance, then
 * relaxes its edges to unvisited neighbours one state at a time.
 */
public final class Dijkstra extends BaseTask<Dijkstra.Instance> {

  /**
   * A shortest-path instance.
   *
   * @param n the number of vertices, numbered 0..n-1
   * @param edges undirected edges {@code [u, v, w]} with weight {@code w > 0}
   * @param source the start vertex
   */
  public record Instance(int n, List<List<Integer>> edges, int source) {}

  private static final Names.Family RELAXATIONS =
      Names.family((u, v) -> "relax(" + u + "," + v + ")");
  private static final Names.Indexed ROUNDS = Names.indexed("round");
  private static final Names.Indexed POPS = Names.indexed("pop");

  static final int MAX_WEIGHT = 20;
  static final int MAX_VERTICES = 60;

  private static final Cells DIST = Cells.indexed("d");
  private static final CellGrid WEIGHT = CellGrid.of("w");

  public Dijkstra() {
    super(
        TaskInfo.of(
            "dijkstra",
            "Dijkstra",
            AlgorithmClass.GREEDY,
            "the shortest-path distances from a source to every vertex of a weighted graph",
            "n, the number of vertices",
            new LengthRange(3, 5),
            new LengthRange(6, 10),
            new LengthRange(11, 20)),
        Instance.class,
        AnswerKind.INT_LIST,
        QueryTemplates.of(
            "An undirected graph has vertices 0 to {last} and weighted edges (u, v, w):"
                + " {triples}. Give the shortest distance from vertex {source} to every vertex,"
                + " in vertex order.",
            "Run Dijkstra's algorithm from vertex {source} on the undirected graph with {n}"
                + " vertices (0..{last}) and edges {triples}, where each triple is (u, v,"
                + " weight). List the distances to vertices 0..{last}.",
            "Towns 0 to {last} are joined by two-way roads: {roads}. What is the shortest"
                + " driving distance from town {source} to each town (0 first)?",
            "{name} lives in village {source}. Paths between villages 0..{last}, with their"
                + " lengths in km: {roads}. How far is every village from {name}'s home along the"
                + " shortest route? Answer as a list ordered by village number.",
            "Weighted undirected graph, n = {n}, source = {source}, edges (u, v, w): {triples}."
                + " Output the list of shortest-path distances dist[0..{last}].",
            "Compute single-source shortest paths from node {source}. Nodes: 0..{last}. Edges"
                + " with weights: {roads}. Report the distance to each node in order.",
            "A courier in {city} starts at depot {source}. Streets connect depots 0..{last} in"
                + " both directions: {roads} (minutes). List the fastest travel time to each"
                + " depot, depot 0 first.",
            "The {place} network has rooms 0..{last} linked by corridors of the given lengths:"
                + " {roads}. Starting in room {source}, what is the shortest walking distance to"
                + " each room?",
            "Graph: vertices 0-{last}; undirected weighted edges {triples}. Find the shortest"
                + " distances from {source} to all vertices (list in vertex order).",
            "Shortest paths: from vertex {source}, edges {roads}, {n} vertices numbered from 0."
                + " Give all {n} distances in order.",
            "{name} plans hikes from hut {source}. Trails between huts 0..{last} (two-way, in"
                + " hours): {roads}. What is the least number of hours to each hut? List them by"
                + " hut number.",
            "Cables of the given lengths join the {n} switches of a data centre in {city}:"
                + " {roads}. Measured from switch {source}, what is the shortest cable distance"
                + " to each switch 0..{last}?",
            "Given the undirected edges (u, v, w) = {triples} on vertices 0..{last}, return"
                + " dist(source = {source}, v) for v = 0, 1, ..., {last}.",
            "A ferry network links islands 0 to {last}; each link is listed with its crossing"
                + " time: {roads}. From island {source}, what is the shortest total crossing"
                + " time to each island?",
            "What are the shortest-path lengths from {source} to all vertices of this graph?"
                + " Vertices: 0..{last}. Edges: {roads}.",
            "{name} and {name2} deliver {thing} from warehouse {source}. Roads (two-way, length"
                + " in km) between warehouses 0..{last}: {roads}. For each warehouse, what is the"
                + " shortest distance from warehouse {source}?",
            "Edge list (u, v, w): {triples}. The graph is undirected with {n} vertices. Using"
                + " vertex {source} as the source, list the minimum distances to vertices 0"
                + " through {last}.",
            "In a metro map of {city}, stations 0..{last} are joined by lines with these travel"
                + " times: {roads}. From station {source}, how long is the quickest trip to each"
                + " station? Give them in station order.",
            "Single-source shortest paths with non-negative weights. Source: {source}. Vertices:"
                + " {n} (0..{last}). Edges: {triples}. Answer: the distance array.",
            "Pipes of the given lengths connect the junctions 0..{last} of a water system:"
                + " {roads}. How far is each junction from junction {source} along the pipes"
                + " (shortest route)?",
            "Find dist[v] for every vertex v of the undirected graph with edges {roads},"
                + " starting from vertex {source}. Vertices are 0..{last}."));
  }

  @Override
  public Instance generate(Split split, SplittableRandom rng) {
    int n = info().range(split).draw(rng);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    // A random spanning tree keeps the graph connected; extra edges add alternative routes.
    // weights[u * n + v] (u < v) is the weight of edge {u, v}, 0 if there is none.
    int[] weights = new int[n * n];
    int count = 0;
    for (int i = 1; i < n; i++) {
      count += addEdge(weights, n, order[i], order[rng.nextInt(i)], rng);
    }
    int maxEdges = Math.min(n * (n - 1) / 2, 2 * n);
    int target = rng.nextInt(n - 1, maxEdges + 1);
    while (count < target) {
      int u = rng.nextInt(n);
      int v = rng.nextInt(n);
      if (u != v) {
        count += addEdge(weights, n, u, v, rng);
      }
    }
    List<List<Integer>> edges = new ArrayList<>(count);
    for (int key = 0; key < weights.length; key++) {
      if (weights[key] != 0) {
        edges.add(List.of(key / n, key % n, weights[key]));
      }
    }
    return new Instance(n, edges, rng.nextInt(n));
  }

  /** Adds edge {u, v} with a random weight unless it is there already; 1 if it was added. */
  private static int addEdge(int[] weights, int n, int u, int v, SplittableRandom rng) {
    int key = Math.min(u, v) * n + Math.max(u, v);
    if (weights[key] != 0) {
      return 0;
    }
    weights[key] = rng.nextInt(1, MAX_WEIGHT + 1);
    return 1;
  }

  @Override
  public Map<String, Integer> lengths(Instance in) {
    return Ordered.map("n", in.n());
  }

  @Override
  public void validate(Instance in) {
    check(in.n() >= 1 && in.n() <= MAX_VERTICES, "n", "must be in [1, " + MAX_VERTICES + "]");
    check(in.source() >= 0 && in.source() < in.n(), "source", "must be a vertex in [0, n-1]");
    check(in.edges() != null, "edges", "must be a list");
    Set<Long> seen = new HashSet<>();
    int[] parent = new int[in.n()];
    for (int i = 0; i < in.n(); i++) {
      parent[i] = i;
    }
    int components = in.n();
    for (List<Integer> e : in.edges()) {
      check(
          e != null && e.size() == 3 && e.stream().allMatch(Objects::nonNull),
          "edges",
          "each edge must be [u, v, w]");
      int u = e.get(0);
      int v = e.get(1);
      int w = e.get(2);
      check(u >= 0 && u < in.n() && v >= 0 && v < in.n(), "edges", "vertices must be in [0, n-1]");
      check(u != v, "edges", "no self-loops");
      check(w >= 1 && w <= 1_000_000, "edges", "weights must be in [1, 1000000]");
      check(seen.add((long) Math.min(u, v) * in.n() + Math.max(u, v)), "edges", "no repeated edge");
      int ru = find(parent, u);
      int rv = find(parent, v);
      if (ru != rv) {
        parent[ru] = rv;
        components--;
      }
    }
    check(components == 1, "edges", "the graph must be connected");
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  @Override
  protected QueryTemplates.Slots slots(Instance in, String variant, SplittableRandom rng) {
    // A template lists the edges either as triples or as roads: only the one it uses is written.
    return slot ->
        switch (slot) {
          case "n" -> Integer.toString(in.n());
          case "last" -> Integer.toString(in.n() - 1);
          case "source" -> Integer.toString(in.source());
          case "triples" -> edges(in, true);
          case "roads" -> edges(in, false);
          default -> null;
        };
  }

  /** The edges as {@code (u, v, w)} triples, or as {@code u-v: w} roads. */
  private static String edges(Instance in, boolean triples) {
    StringBuilder sb = new StringBuilder(in.edges().size() * 12);
    for (List<Integer> e : in.edges()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      int u = e.get(0);
      int v = e.get(1);
      int w = e.get(2);
      if (triples) {
        sb.append('(').append(u).append(", ").append(v).append(", ").append(w).append(')');
      } else {
        sb.append(u).append('-').append(v).append(": ").append(w);
      }
    }
    return sb.toString();
  }

  @Override
  public Answer solve(Instance in, Machine m) {
    int n = in.n();
    List<List<Integer>> neighbours = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      neighbours.add(new ArrayList<>());
    }
    for (List<Integer> e : in.edges()) {
      int u = e.get(0);
      int v = e.get(1);
      m.init(weight(u, v), e.get(2));
      m.init(weight(v, u), e.get(2));
      neighbours.get(u).add(v);
      neighbours.get(v).add(u);
    }
    neighbours.forEach(l -> l.sort(null));
    m.init("source", in.source());

    m.state("init");
    int source = m.fetch("source").asInt();
    if (source < 0 || source >= n) {
      throw new TraceMismatch(ErrorType.FETCH, "no vertex " + source);
    }
    for (int v = 0; v < n; v++) {
      m.write(dist(v), v == source ? "0" : Literals.INF);
    }
    boolean[] visited = new boolean[n];
    for (int round = 1; round <= n; round++) {
      String group = ROUNDS.of(round);
      m.state(POPS.of(round), group);
      List<Integer> open = new ArrayList<>();
      List<Val> tentative = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (!visited[v]) {
          open.add(v);
          tentative.add(m.fetch(dist(v)));
        }
      }
      Val best = m.min(tentative.toArray(new Val[0]));
      // Ties go to the smallest vertex id: the first open vertex holding the minimum.
      int u = -1;
      for (int i = 0; i < open.size() && u < 0; i++) {
        if (tentative.get(i).text().equals(best.text())) {
          u = open.get(i);
        }
      }
      if (u < 0) {
        throw new TraceMismatch(ErrorType.COMPUTE, "no open vertex has distance " + best.text());
      }
      visited[u] = true;
      m.write("u", u);
      for (int v : neighbours.get(u)) {
        if (visited[v]) {
          continue;
        }
        m.state(RELAXATIONS.of(u, v), group);
        Val du = m.fetch(dist(u));
        Val w = m.fetch(weight(u, v));
        Val dv = m.fetch(dist(v));
        Val via = m.add(du, w);
        if (m.compare(via, dv) < 0) {
          m.write(dist(v), via);
        }
      }
    }
    m.state("done");
    List<Long> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      out.add(m.fetch(dist(v)).asLong());
    }
    m.halt();
    return Answers.intList(out);
  }

  private static Cell dist(int v) {
    return DIST.at(v);
  }

  private static Cell weight(int u, int v) {
    return WEIGHT.at(u, v);
  }

  @Override
  public TaskDoc doc() {
    return new TaskDoc(
        "Vertices are numbered 0..n-1. A graph is a uniformly random spanning tree (each vertex"
            + " in a random order joins a uniformly chosen earlier one) plus random extra edges"
            + " until the edge count reaches a target drawn uniformly from [n-1, min(n(n-1)/2,"
            + " 2n)], so graphs are connected and sparse (at most 2n edges, 40 at n = 20). Each"
            + " edge gets a weight uniform in [1, 20]. Edges are listed as [u, v, w] with u < v,"
            + " sorted by (u, v). The source is a uniform vertex. Ties in the greedy choice go to"
            + " the smallest vertex id; the edges of the popped vertex are relaxed in increasing"
            + " order of the neighbour's id. Unknown distances are inf.",
        Ordered.map(
            "n", "the number of vertices, uniform in the split's range",
            "edges", "[u, v, w] triples of a connected graph, weights uniform in [1, 20]",
            "source", "a uniform vertex in [0, n-1]"),
        "the n shortest distances from source, in vertex order, boxed as a list such as [0, 7,"
            + " 3]",
        "A state init restates source and writes d_v = inf for every vertex and d_source = 0."
            + " Then n rounds, one greedy choice each: a state pop_k restates the tentative"
            + " distance d_v of every unvisited vertex, takes their minimum (one min operation),"
            + " and writes u, the chosen vertex (the smallest id with that distance), which is"
            + " now visited. For each edge from u to an unvisited neighbour v, a state relax(u,v)"
            + " restates d_u, w[u][v] and d_v, adds d_u + w, compares the sum with d_v, and"
            + " writes d_v only if the sum is smaller; an unimproved relaxation writes nothing"
            + " (and disappears in the no-linear ablation). Edges to visited vertices cannot"
            + " improve anything and get no state. A final state done restates d_0..d_(n-1), the"
            + " answer. Groups for no-atomic: one round (the pop and its relaxations) per step.",
        List.of(
            "Weights are positive, so a popped vertex's distance is final (the greedy choice is"
                + " safe); the answer is checked against Floyd-Warshall in the tests."));
  }
}
