package dev.tmi.cli;

import dev.tmi.eval.report.ReportWriter;
import dev.tmi.eval.report.RunData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmi report}: HTML, PNG, CSV and JSON reports of scored runs. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report a scored run (tmi eval's RUN_DIR): report.html (offline, PNG charts beside it),"
          + " report.csv and report.json. Charts: accuracy against split per task, step accuracy,"
          + " the paper's Table 2 layout (classes, M/L), and first-error types against step"
          + " position, split and execution length.",
      "--compare RUN1 RUN2 ... lines runs up (models, variants); --paper adds the paper's"
          + " reference numbers."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RUN_DIR", description = "The run to report.")
  Path run;

  @Option(
      names = "--compare",
      arity = "1..*",
      paramLabel = "RUN_DIR",
      description = "Runs to line up.")
  List<Path> compare;

  @Option(
      names = "--paper",
      description = "Add the paper's reference numbers (Table 2, addition baselines).")
  boolean paper;

  @Option(
      names = "--out",
      description = "Output directory (default: RUN_DIR/report; required with --compare).")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Path> dirs = new ArrayList<>();
    if (run != null) {
      dirs.add(run);
    }
    if (compare != null) {
      dirs.addAll(compare);
    }
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("give a RUN_DIR, or --compare RUN1 RUN2 ...");
    }
    Path target = out;
    if (target == null) {
      if (dirs.size() > 1) {
        throw new IllegalArgumentException("--out is needed when comparing runs");
      }
      target = dirs.get(0).resolve("report");
    }
    List<RunData> runs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path d : dirs) {
      RunData r = RunData.load(d);
      String name = r.name();
      if (names.contains(name)) {
        name = name + " (" + d.getFileName() + ")";
      }
      names.add(name);
      runs.add(r.named(name));
    }
    ReportWriter.Written w = ReportWriter.write(runs, paper, target);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s, %d charts, %s and %s%n",
            w.html(), w.charts().size(), w.csv().getFileName(), w.json().getFileName());
    return 0;
  }
}
