package dev.tmi.cli;

import dev.tmi.engine.task.Split;
import dev.tmi.lab.experiment.FieldProbe;
import dev.tmi.lab.experiment.TraceFields.Field;
import dev.tmi.lab.train.Checkpoint;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Synthesizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi lab probe}: teacher-forced accuracy per kind of field and split. */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description =
        "Teacher-forced accuracy of a lab checkpoint per kind of field (state headers, next"
            + " states, fetched names and values, operands, results, written names and values,"
            + " the boxed answer) on each split's reference responses: which skill fails to carry"
            + " over to longer inputs.")
final class LabProbeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--checkpoint", required = true, description = "Checkpoint directory.")
  Path checkpoint;

  @Option(
      names = "--data",
      description = "Data set (default: the one the model was trained on; its eval sets).")
  Path data;

  @Option(names = "--samples", defaultValue = "50", description = "Samples per split.")
  int samples;

  @Option(names = "--splits", defaultValue = "S,M,L", description = "Splits.")
  String splits;

  @Option(names = "--json", description = "Also write the result to this JSON file.")
  Path json;

  @Override
  public Integer call() throws Exception {
    if (samples < 1) {
      throw new IllegalArgumentException("--samples must be positive");
    }
    var meta = Checkpoint.meta(checkpoint);
    Path dir = data != null ? data : Path.of(String.valueOf(meta.data().get("dir")));
    List<Split> sp = new ArrayList<>();
    for (String s : TaskArgs.list(splits)) {
      sp.add(Split.parse(s));
    }
    List<FieldProbe.SplitResult> results = FieldProbe.run(checkpoint, dir, sp, samples);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%s/%s @ step %d: teacher-forced token accuracy %% (exact occurrences %%) [samples"
            + " whose first wrong token is here]%n",
        meta.task(),
        meta.variant(),
        meta.step());
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-15s", "field"));
    for (FieldProbe.SplitResult r : results) {
      head.append(
          String.format(Locale.ROOT, "  %-24s", r.split().name() + " (n=" + r.samples() + ")"));
    }
    out.println(head);
    for (Field f : Field.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", f.title()));
      boolean any = false;
      for (FieldProbe.SplitResult r : results) {
        var sc = r.scores().stream().filter(x -> x.field() == f).findFirst().orElse(null);
        if (sc == null) {
          row.append(String.format(Locale.ROOT, "  %-24s", "-"));
        } else {
          any = true;
          row.append(
              String.format(
                  Locale.ROOT,
                  "  %-24s",
                  String.format(
                      Locale.ROOT,
                      "%5.1f (%5.1f) [%d]",
                      100 * sc.tokenAccuracy(),
                      100 * sc.exactAccuracy(),
                      r.firstWrong().getOrDefault(f, 0))));
        }
      }
      if (any) {
        out.println(row);
      }
    }
    for (FieldProbe.SplitResult r : results) {
      if (r.skipped() > 0) {
        out.printf(
            Locale.ROOT,
            "%s: %d samples longer than the model's context were left out%n",
            r.split().name(),
            r.skipped());
      }
    }
    if (json != null) {
      byte[] bytes =
          SampleJson.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsBytes(FieldProbe.toJson(meta.task() + "/" + meta.variant(), results));
      Synthesizer.writeAtomically(json, bytes);
      out.println("wrote " + json);
    }
    return 0;
  }
}
