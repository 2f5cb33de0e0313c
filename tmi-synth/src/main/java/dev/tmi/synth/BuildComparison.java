package dev.tmi.synth;

import dev.tmi.stats.Median;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compares the rendering throughput of this build with another build of TMI in one JVM: the other
 * build's classes are loaded by a class loader of their own, and each row is measured in rounds
 * that alternate between the two builds, so that both see the machine in the same state.
 *
 * <p>Comparing builds in separate JVMs, one after the other, was unreliable on shared machines: the
 * same row of the same build measured from a fifth to the whole of its usual rate in stretches of
 * minutes, and two JVMs of one build differed by up to half on a row, as their JIT compilers made
 * different choices. Here each round gives one ratio of the two builds measured seconds apart, and
 * a row's figure is the median of its rounds' ratios.
 *
 * <p>Both builds run on the calling thread, one after the other, each from a class loader of its
 * own (this build's classes are loaded again from the JVM's class path), so that each has its own
 * copies of every class, static cache and compiled method.
 */
public final class BuildComparison implements AutoCloseable {
  /** The class and method the other build must have: {@link SynthBench#measureRow}. */
  private static final String BENCH = "dev.tmi.synth.SynthBench";

  private static final String ENTRY = "measureRow";

  private final Build mine;
  private final Build other;

  private BuildComparison(Build mine, Build other) {
    this.mine = mine;
    this.other = other;
  }

  /**
   * A build loaded by a class loader of its own, and its {@link SynthBench#measureRow}. This build
   * is loaded again too, from the JVM's class path, so that both are loaded alike. A/A comparisons
   * (a build against a copy of itself) gave geometric means of 0.97-1.01 over a suite, favouring
   * neither side consistently (docs/performance.md).
   *
   * @param where how to name the build in an error
   */
  private record Build(URLClassLoader loader, Method measureRow, String where) {
    double rate(
        String task, String variants, int samples, int runs, String split, long warmUpNanos) {
      try {
        return ((double[])
                measureRow.invoke(null, task, variants, samples, runs, split, warmUpNanos))
            [2];
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new IllegalArgumentException(
            where + " failed on " + task + " " + variants + ": " + cause.getMessage(), cause);
      }
    }
  }

  /**
   * Loads another build: a directory holding {@code tmi-cli.jar} and its {@code lib/} (as {@code
   * tmi-cli/target} after {@code mvn package}), or a checkout whose {@code tmi-cli/target} holds
   * them.
   *
   * @throws IllegalArgumentException naming the path if it holds no build, or a build without the
   *     entry point this comparison calls (builds before it was added)
   */
  public static BuildComparison load(Path build) throws IOException {
    Path dir = build;
    if (!Files.isRegularFile(dir.resolve("tmi-cli.jar"))) {
      dir = build.resolve("tmi-cli").resolve("target");
    }
    Path jar = dir.resolve("tmi-cli.jar");
    Path lib = dir.resolve("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      throw new IllegalArgumentException(
          "no TMI build at "
              + build
              + ": expected tmi-cli.jar and lib/ there or in its tmi-cli/target (run mvn package"
              + " in that checkout)");
    }
    List<Path> entries = new ArrayList<>();
    entries.add(jar);
    try (Stream<Path> jars = Files.list(lib)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(entries::add);
    }
    Build other = build(entries, "the build at " + build);
    try {
      return new BuildComparison(build(thisClassPath(), "this build"), other);
    } catch (RuntimeException | IOException e) {
      other.loader().close();
      throw e;
    }
  }

  /** Compares builds given as class-path entries (jars or class directories). */
  static BuildComparison ofClassPaths(List<Path> mine, List<Path> other) throws IOException {
    return new BuildComparison(build(mine, "this build"), build(other, "the other build"));
  }

  /** This JVM's class path, where this build's classes come from. */
  static List<Path> thisClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isEmpty()) {
        entries.add(Path.of(e));
      }
    }
    return entries;
  }

  /**
   * Loads a build from class-path entries.
   *
   * @param where how to name the build in an error
   */
  private static Build build(List<Path> entries, String where) throws IOException {
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = entries.get(i).toUri().toURL();
    }
    // The platform loader as parent: a build's classes must all come from its own entries.
    URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    try {
      Class<?> bench = Class.forName(BENCH, true, loader);
      Method m =
          bench.getMethod(
              ENTRY, String.class, String.class, int.class, int.class, String.class, long.class);
      return new Build(loader, m, where);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      loader.close();
      throw new IllegalArgumentException(
          where
              + (e instanceof ClassNotFoundException
                  ? " has no " + BENCH
                  : " predates comparisons of builds (its SynthBench has no " + ENTRY + ")"),
          e);
    }
  }

  /** Whether the two builds' classes are separate from each other and from the caller's. */
  boolean isSeparate() {
    Class<?> a = mine.measureRow().getDeclaringClass();
    Class<?> b = other.measureRow().getDeclaringClass();
    return a != b && a != SynthBench.class && b != SynthBench.class;
  }

  /**
   * A row compared: each build's median rate, and one ratio per round.
   *
   * @param task the task id
   * @param variant the variant ids, joined by {@code +} when rendered together
   * @param thisRate this build's median MB per CPU second over the rounds
   * @param otherRate the other build's
   * @param ratios per round, this build's rate over the other's, measured in the same round
   */
  public record Row(
      String task, String variant, double thisRate, double otherRate, List<Double> ratios) {
    public Row {
      ratios = List.copyOf(ratios);
    }

    /** The median of the rounds' ratios: above 1, this build renders more per CPU second. */
    public double ratio() {
      return Median.of(ratios, Double::doubleValue);
    }
  }

  /**
   * How long each build renders before a row's timed runs.
   *
   * @param firstNanos before the first row, while the JIT compiles the code every task shares
   * @param rowNanos before a row's first round
   * @param roundNanos before its later rounds, when its code is compiled
   */
  public record WarmUp(long firstNanos, long rowNanos, long roundNanos) {}

  /**
   * Measures each row in {@code rounds} rounds; a round measures both builds ({@code runs} timed
   * runs each, median), this one first in even rounds and the other first in odd ones.
   *
   * @param progress told of each row as it ends
   */
  public List<Row> compare(
      List<SynthBench.Planned> plan,
      int samples,
      int runs,
      int rounds,
      String split,
      WarmUp warmUp,
      Consumer<String> progress) {
    if (samples < 1 || runs < 1 || rounds < 1) {
      throw new IllegalArgumentException("samples, runs and rounds must be positive");
    }
    List<Row> rows = new ArrayList<>();
    boolean first = true;
    for (SynthBench.Planned p : plan) {
      String variants = String.join(",", p.variants());
      double[] mineRates = new double[rounds];
      double[] otherRates = new double[rounds];
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        long warm = first ? warmUp.firstNanos() : r == 0 ? warmUp.rowNanos() : warmUp.roundNanos();
        if (r % 2 == 0) {
          mineRates[r] = mine.rate(p.task(), variants, samples, runs, split, warm);
          otherRates[r] = other.rate(p.task(), variants, samples, runs, split, warm);
        } else {
          otherRates[r] = other.rate(p.task(), variants, samples, runs, split, warm);
          mineRates[r] = mine.rate(p.task(), variants, samples, runs, split, warm);
        }
        first = false;
        ratios.add(mineRates[r] / otherRates[r]);
      }
      Row row =
          new Row(
              p.task(),
              String.join("+", p.variants()),
              Median.of(mineRates),
              Median.of(otherRates),
              ratios);
      rows.add(row);
      progress.accept(String.format("%s %s: %.3f", row.task(), row.variant(), row.ratio()));
    }
    return rows;
  }

  /** The geometric mean of the rows' ratios, or {@code NaN} without rows. */
  public static double geometricMean(List<Row> rows) {
    double sum = 0;
    for (Row r : rows) {
      sum += Math.log(r.ratio());
    }
    return rows.isEmpty() ? Double.NaN : Math.exp(sum / rows.size());
  }

  @Override
  public void close() throws IOException {
    try {
      mine.loader().close();
    } finally {
      other.loader().close();
    }
  }
}
