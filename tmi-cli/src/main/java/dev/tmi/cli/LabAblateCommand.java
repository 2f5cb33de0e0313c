package dev.tmi.cli;

import dev.tmi.lab.experiment.Ablation;
import dev.tmi.lab.train.ConsoleProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi lab ablate}: the paper's ablation table on tiny models. */
@Command(
    name = "ablate",
    mixinStandardHelpOptions = true,
    description =
        "Train one model per variant and seed on the same S-only data with an equal"
            + " token budget; report S/M/L accuracy with spread over seeds (Table 2 layout)."
            + " --table1 (addition): TAIL against Index Hint against Reversed Format.")
final class LabAblateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, description = "Task id.")
  String task;

  @Option(
      names = "--variants",
      defaultValue = "tail,no-fetcher,no-atomic,no-linear,direct",
      description = "Variant ids, in table order.")
  String variants;

  @Option(names = "--table1", description = "Addition's Table 1: tail,index-hint,reversed.")
  boolean table1;

  @Option(names = "--seeds", defaultValue = "3", description = "Seeds per variant.")
  int seeds;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Mixin LabOptions opts;

  @Override
  public Integer call() throws Exception {
    opts.applyThreads();
    List<String> vs = table1 ? List.of("tail", "index-hint", "reversed") : TaskArgs.list(variants);
    Ablation a =
        new Ablation(
            task,
            vs,
            seeds,
            opts.model(),
            opts.train(4_000_000),
            opts.data(out, 20_000, 100),
            out,
            ConsoleProgress.interactive());
    Ablation.Outcome o = a.run(System.err);
    spec.commandLine().getOut().print(o.table());
    spec.commandLine().getOut().println("report: " + o.report());
    return 0;
  }
}
