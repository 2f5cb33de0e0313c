package dev.tmi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmi.synth.SynthBench;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs a benchmark command again in fresh JVMs, as JMH's forks do. On this code one JVM's JIT can
 * land 20-40% away from the next one's, so a figure is only worth reporting as a median over
 * several. Each fork runs the same command with {@code --json} and prints one JSON object per line;
 * the caller takes medians.
 */
final class Forks {
  static final ObjectMapper JSON = new ObjectMapper();

  private static final String FORK_PER_ROW = "--fork-per-row";
  private static final String NO_FORK_PER_ROW = "--no-fork-per-row";

  private Forks() {}

  /**
   * Runs {@code tmi ARGS --json} in {@code n} fresh JVMs, one after the other, with this JVM's
   * options and class path.
   *
   * @return each fork's output lines, parsed
   * @throws IllegalStateException if a fork fails or prints something that is not JSON
   */
  static List<List<JsonNode>> run(List<String> args, int n, PrintWriter log)
      throws IOException, InterruptedException {
    return run(args, n, log, "");
  }

  /** As {@link #run(List, int, PrintWriter)}, each progress line starting with {@code label}. */
  static List<List<JsonNode>> run(List<String> args, int n, PrintWriter log, String label)
      throws IOException, InterruptedException {
    List<List<JsonNode>> outputs = new ArrayList<>();
    for (int f = 1; f <= n; f++) {
      log.printf("%sfork %d of %d ...%n", label, f, n);
      log.flush();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(
          Arrays.asList("-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(args);
      command.add("--json");
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<JsonNode> lines = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            try {
              lines.add(JSON.readTree(line));
            } catch (IOException e) {
              p.destroyForcibly();
              throw new IllegalStateException(
                  "fork " + f + " printed a line that is not JSON: " + line, e);
            }
          }
        }
      }
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException("fork " + f + " exited with code " + code);
      }
      outputs.add(lines);
    }
    return outputs;
  }

  /**
   * Runs row {@code index} of a {@code bench synth} plan in {@code n} fresh JVMs: this command line
   * without {@code dropped}, {@code --tasks} and {@code --variants}, then the row's task and
   * variants.
   */
  static List<List<JsonNode>> runRow(
      CommandSpec spec,
      List<String> dropped,
      List<SynthBench.Planned> plan,
      int index,
      int n,
      PrintWriter log)
      throws IOException, InterruptedException {
    SynthBench.Planned p = plan.get(index);
    List<String> drop = new ArrayList<>(dropped);
    drop.addAll(List.of("--tasks", "--variants"));
    List<String> args = childArgs(spec, drop);
    args.addAll(List.of("--tasks", p.task(), "--variants", String.join(",", p.variants())));
    String label =
        String.format(
            "row %d of %d (%s %s): ",
            index + 1, plan.size(), p.task(), String.join("+", p.variants()));
    return run(args, n, log, label);
  }

  /**
   * The command line a fork runs: this one as the user typed it, without {@code --forks}, so a fork
   * measures exactly what was asked whatever options the benchmark grows.
   */
  static List<String> childArgs(CommandSpec spec) {
    return childArgs(spec, List.of());
  }

  /**
   * As {@link #childArgs(CommandSpec)}, also without the options named in {@code dropped} (with
   * their values), so that the caller can give a fork other ones.
   */
  static List<String> childArgs(CommandSpec spec, List<String> dropped) {
    List<String> drop = new ArrayList<>(dropped);
    drop.add("--forks");
    // A fork measures in its own JVM: were it to fork per row too (the default), it would start
    // forks of its own without end.
    boolean perRow = spec.findOption(FORK_PER_ROW) != null;
    if (perRow) {
      drop.addAll(List.of(FORK_PER_ROW, NO_FORK_PER_ROW));
    }
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      String a = original.get(i);
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!drop.contains(name)) {
        args.add(a);
      } else if (!a.contains("=") && takesValue(spec, name)) {
        i++;
      }
    }
    if (perRow) {
      args.add(NO_FORK_PER_ROW);
    }
    return args;
  }

  private static boolean takesValue(CommandSpec spec, String option) {
    OptionSpec o = spec.findOption(option);
    return o != null && o.arity().max() > 0;
  }

  /** {@code min-max} of a field over several measurements, rounded. */
  static <T> String range(List<T> xs, ToDoubleFunction<T> field) {
    double[] v = xs.stream().mapToDouble(field).sorted().toArray();
    return Math.round(v[0]) + "-" + Math.round(v[v.length - 1]);
  }
}
