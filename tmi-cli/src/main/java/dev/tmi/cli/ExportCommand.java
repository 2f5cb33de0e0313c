package dev.tmi.cli;

import dev.tmi.export.ExportFormat;
import dev.tmi.export.ExportManifest;
import dev.tmi.export.ExportOptions;
import dev.tmi.export.Exporter;
import dev.tmi.export.SynthData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi export}: training-ready files from a {@code tmi synth} output. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a 'tmi synth' output for a fine-tuning stack: messages (OpenAI), xtuner,"
          + " alpaca / sharegpt (LLaMA-Factory), trl-prompt-completion / trl-messages (TRL),"
          + " parquet. Streams every file (checksums verified), keeps the layout"
          + " <task>/<variant>/<split>, and writes export.json, dataset_info.json (LLaMA-Factory)"
          + " and a README.md dataset card. Re-running the same command resumes."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "A 'tmi synth' output directory.")
  Path data;

  @Option(
      names = "--format",
      required = true,
      description =
          "messages, xtuner, alpaca, sharegpt, trl-prompt-completion, trl-messages or"
              + " parquet.")
  String format;

  @Option(names = "--out", required = true, description = "Output directory (new or empty).")
  Path out;

  @Option(
      names = "--tasks",
      description = "Task ids, comma-separated, or all (default: all in the data).")
  String tasks;

  @Option(names = "--variants", description = "Variant ids, comma-separated (default: all).")
  String variants;

  @Option(names = "--splits", description = "Of train,S,M,L, comma-separated (default: all).")
  String splits;

  @Mixin FramingArgs framingArgs;

  @Option(
      names = "--no-meta",
      description = "Leave out the id, task, split and variant fields of each record.")
  boolean noMeta;

  @Option(
      names = "--plain",
      description =
          "trl-prompt-completion only: plain-text prompt and completion strings"
              + " (no system prompt, no chat template) instead of the conversational form.")
  boolean plain;

  @Option(names = "--threads", description = "Files exported at once (default: cores, at most 4).")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar (default: when run in a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws Exception {
    ExportOptions options =
        new ExportOptions(ExportFormat.parse(format), framingArgs.framing(), !noMeta, plain);
    List<String> taskList = tasks == null || tasks.strip().equals("all") ? List.of() : list(tasks);
    SynthData.Filter filter = new SynthData.Filter(taskList, list(variants), splits(splits));
    int t = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
    run(spec, new Exporter.Config(data, out, filter, options, t), progress);
    return 0;
  }

  /** Runs an export with a progress bar and prints a one-line summary. */
  static ExportManifest run(CommandSpec spec, Exporter.Config config, Boolean progress)
      throws Exception {
    long t0 = System.nanoTime();
    ExportManifest m;
    try (ProgressListener p =
        new ProgressListener(
            progress != null ? progress : ProgressListener.interactive(), "export")) {
      m = new Exporter().run(config, p);
    }
    ExportOptions options = config.options();
    Path out = config.out();
    double secs = (System.nanoTime() - t0) / 1e9;
    long n = m.files().stream().mapToLong(ExportManifest.ExportFile::count).sum();
    long bytes = m.files().stream().mapToLong(ExportManifest.ExportFile::bytes).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "exported %d samples as %s (%.1f MB) in %d files to %s in %.1f s (%.0f samples/s)%n",
            n, options.format().id(), bytes / 1e6, m.files().size(), out, secs, n / secs);
    return m;
  }

  static List<String> list(String spec) {
    return spec == null ? List.of() : TaskArgs.list(spec);
  }

  /** Split names as the manifest has them: {@code train}, {@code S}, {@code M}, {@code L}. */
  static List<String> splits(String spec) {
    List<String> out = new ArrayList<>();
    for (String s : list(spec)) {
      String t = s.startsWith("eval-") ? s.substring(5) : s;
      if (!List.of("train", "S", "M", "L").contains(t)) {
        throw new IllegalArgumentException(
            "--splits: unknown split '" + s + "'; use train, S, M or L");
      }
      out.add(t);
    }
    return out;
  }
}
