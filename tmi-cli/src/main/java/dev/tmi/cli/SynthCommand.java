package dev.tmi.cli;

import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Manifest;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.Synthesizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi synth}: writes training and evaluation data. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesize training data (S range, or an S:M:L mixture) and S/M/L eval sets as JSONL,"
          + " with a manifest. Same seed, same bytes, whatever the thread count;"
          + " --shard i/N writes one slice. Re-running the same command resumes."
    })
final class SynthCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--tasks",
      defaultValue = "all",
      description = "Task ids, comma-separated, or all.")
  String tasks;

  @Option(names = "--train", defaultValue = "100000", description = "Training samples per task.")
  int train;

  @Option(names = "--eval", defaultValue = "500", description = "Eval samples per task and split.")
  int eval;

  @Option(names = "--mix", defaultValue = "1:0:0", description = "S:M:L proportions of training.")
  String mix;

  @Option(
      names = "--variants",
      defaultValue = "tail",
      description =
          "Variant ids, comma-separated (tail, tail-styled, no-linear, no-atomic,"
              + " no-fetcher, direct; index-hint and reversed for addition).")
  String variants;

  @Option(names = "--seed", defaultValue = "1", description = "Seed.")
  long seed;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--shard", defaultValue = "0/1", description = "Write slice i of N (0-based).")
  String shard;

  @Option(names = "--out", required = true, description = "Output directory (new or empty).")
  Path out;

  @Option(names = "--think", description = "Wrap chains of thought in <think>...</think>.")
  boolean think;

  @Option(
      names = "--dedup",
      defaultValue = "query",
      description = "What counts as a duplicate: query (the paper's protocol) or instance.")
  DedupMode dedup;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar (default: when run in a terminal).")
  Boolean progress;

  @Option(
      names = "--format",
      split = ",",
      description =
          "Also export the data in these formats (see 'tmi export'), each to"
              + " OUT-FORMAT, with the default chat framing.")
  java.util.List<String> formats;

  @Override
  public Integer call() throws Exception {
    SynthConfig config =
        new SynthConfig(
            TaskArgs.tasks(tasks),
            train,
            eval,
            Mix.parse(mix),
            TaskArgs.list(variants),
            seed,
            threads == null ? Runtime.getRuntime().availableProcessors() : threads,
            Shard.parse(shard),
            out,
            think,
            dedup);
    if (formats != null) {
      formats.forEach(dev.tmi.export.ExportFormat::parse);
    }
    long t0 = System.nanoTime();
    Manifest m;
    try (ProgressListener p =
        new ProgressListener(progress != null ? progress : ProgressListener.interactive())) {
      m = new Synthesizer(TaskRegistry.load()).run(config, p);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long samples = m.files().stream().mapToLong(Manifest.FileEntry::count).sum();
    long bytes = m.files().stream().mapToLong(Manifest.FileEntry::bytes).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d samples (%.1f MB) in %d files to %s in %.1f s (%.0f samples/s, %.0f MB/s)%n",
            samples, bytes / 1e6, m.files().size(), out, secs, samples / secs, bytes / 1e6 / secs);
    m.skipped()
        .forEach(s -> spec.commandLine().getErr().println("skipped (variant not available) " + s));
    if (formats != null) {
      for (String f : formats) {
        dev.tmi.export.ExportFormat format = dev.tmi.export.ExportFormat.parse(f);
        Path dir = out.resolveSibling(out.getFileName() + "-" + format.id());
        ExportCommand.run(
            spec,
            new dev.tmi.export.Exporter.Config(
                out,
                dir,
                dev.tmi.export.SynthData.Filter.ALL,
                dev.tmi.export.ExportOptions.of(format),
                Math.min(4, config.threads())),
            progress);
      }
    }
    return 0;
  }
}
