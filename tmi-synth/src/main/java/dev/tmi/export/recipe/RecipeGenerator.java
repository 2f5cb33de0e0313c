package dev.tmi.export.recipe;

import dev.tmi.export.DatasetNames;
import dev.tmi.export.ExportFormat;
import dev.tmi.export.ExportManifest;
import dev.tmi.synth.Mix;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tmi recipes}: LLaMA-Factory and XTuner fine-tuning configs, one model per task and variant
 * plus one for all tasks mixed, named after the files of an export (so they always name files that
 * exist), or after the default layout of {@code docs/training-on-gpus.md} for the checked-in {@code
 * recipes/}.
 */
public final class RecipeGenerator {
  /** The mixtures the paper studies, in its order. */
  public static final List<Mix> PAPER_MIXTURES =
      List.of(Mix.S_ONLY, new Mix(8, 1, 1), new Mix(7, 2, 1), new Mix(5, 3, 2), new Mix(4, 3, 3));

  /**
   * The cutoff length of the checked-in recipes, which cannot see the data, and the most a fitted
   * one asks: Qwen2.5-7B's native context.
   */
  public static final long DEFAULT_CUTOFF = 32768;

  private RecipeGenerator() {}

  /** The directory name of a mixture: {@code s-only} or {@code mix-8-1-1}. */
  public static String mixGroup(Mix mix) {
    return mix.equals(Mix.S_ONLY) ? "s-only" : "mix-" + mix.toString().replace(':', '-');
  }

  /** The default layout's export directory of a mixture, relative to the working directory. */
  public static String defaultExportDir(Mix mix) {
    return "data/tmi-export/" + mixGroup(mix);
  }

  /**
   * Recipes for an export: one per task and variant of its training files, and one per variant with
   * every task when there are several.
   *
   * @param exportDir the export directory as the training stack will see it
   */
  public static List<Recipe> fromExport(ExportManifest m, String exportDir) {
    Mix mix = Mix.parse(m.source().config().path("mix").asText("1:0:0"));
    String group = mixGroup(mix);
    Map<String, List<ExportManifest.ExportFile>> byVariant = new LinkedHashMap<>();
    for (ExportManifest.ExportFile f : m.files()) {
      if (f.split().equals("train")) {
        byVariant.computeIfAbsent(f.variant(), k -> new ArrayList<>()).add(f);
      }
    }
    if (byVariant.isEmpty()) {
      throw new IllegalArgumentException(
          "the export has no training file; export --splits train (the default exports all)");
    }
    List<Recipe> out = new ArrayList<>();
    for (Map.Entry<String, List<ExportManifest.ExportFile>> e : byVariant.entrySet()) {
      for (ExportManifest.ExportFile f : e.getValue()) {
        out.add(recipe(group, f.task() + "-" + e.getKey(), exportDir, List.of(f)));
      }
      if (e.getValue().size() > 1) {
        out.add(recipe(group, "all-tasks-" + e.getKey(), exportDir, e.getValue()));
      }
    }
    return out;
  }

  private static Recipe recipe(
      String group, String name, String dir, List<ExportManifest.ExportFile> files) {
    long maxBytes =
        files.stream().mapToLong(ExportManifest.ExportFile::maxChatBytes).max().orElse(0);
    // UTF-8 bytes bound the tokens of any byte-level BPE; round up to a multiple of 1024, but
    // not past the model's context (the bound overestimates tokens about twofold on prose).
    long cutoff = Math.min(DEFAULT_CUTOFF, Math.max(2048, (maxBytes + 1023) / 1024 * 1024));
    return new Recipe(
        group,
        name,
        dir,
        files.stream().map(ExportManifest.ExportFile::dataset).toList(),
        files.stream().map(ExportManifest.ExportFile::path).toList(),
        cutoff,
        maxBytes);
  }

  /**
   * Recipes for the default layout: per mixture, one per task and one for all tasks, for data that
   * {@code tmi synth --mix M --variants V} and {@code tmi export --format xtuner} write to {@link
   * #defaultExportDir}.
   */
  public static List<Recipe> defaultLayout(List<String> tasks, String variant, List<Mix> mixes) {
    List<Recipe> out = new ArrayList<>();
    for (Mix mix : mixes) {
      String group = mixGroup(mix);
      String dir = defaultExportDir(mix);
      List<String> names = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (String t : tasks) {
        String name = DatasetNames.of(t, variant, "train");
        String file = t + "/" + variant + "/train" + ExportFormat.XTUNER.extension();
        names.add(name);
        files.add(file);
        out.add(
            new Recipe(
                group, t + "-" + variant, dir, List.of(name), List.of(file), DEFAULT_CUTOFF, -1));
      }
      out.add(new Recipe(group, "all-tasks-" + variant, dir, names, files, DEFAULT_CUTOFF, -1));
    }
    return out;
  }

  /**
   * The files of a recipe set, by path relative to the output directory: {@code
   * llamafactory/GROUP/NAME.yaml}, {@code xtuner/GROUP/NAME.py} (when the data is in an
   * XTuner-readable format), {@code deepspeed/ds_z3_config.json} and a {@code README.md}.
   *
   * @param deepspeed the path of the DeepSpeed config as the training stack will see it
   */
  public static Map<String, String> files(
      List<Recipe> recipes, TrainingPlan plan, String deepspeed, boolean xtuner, String readme) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("deepspeed/ds_z3_config.json", DeepSpeedConfig.zero3());
    for (Recipe r : recipes) {
      out.put(
          "llamafactory/" + r.group() + "/" + r.name() + ".yaml",
          LlamaFactoryRecipe.yaml(r, plan, deepspeed));
      if (xtuner) {
        out.put(
            "xtuner/" + r.group() + "/" + r.name() + ".py",
            XtunerRecipe.python(r, plan, deepspeed));
      }
    }
    out.put("README.md", readme);
    return out;
  }

  /** Whether XTuner's {@code openai_map_fn} reads an export format. */
  public static boolean xtunerReads(ExportFormat f) {
    return f == ExportFormat.XTUNER || f == ExportFormat.MESSAGES || f == ExportFormat.TRL_MESSAGES;
  }

  /** Writes files atomically under a directory. */
  public static void write(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Synthesizer.writeAtomically(p, e.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Reads an export's {@code export.json}. */
  public static ExportManifest readExport(Path exportDir) throws IOException {
    Path p = exportDir.resolve("export.json");
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(
          exportDir + " has no export.json; is it the output of 'tmi export'?");
    }
    try {
      return SampleJson.MAPPER.readValue(p.toFile(), ExportManifest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(p + " is malformed: " + e.getOriginalMessage());
    }
  }

  /** How to produce the data the default-layout recipes name. */
  public static String defaultLayoutHow() {
    StringBuilder sb = new StringBuilder();
    sb.append("These recipes expect the default layout, made from the repository root with")
        .append(" one pair of commands per mixture (run only the mixtures you need):\n\n```bash\n");
    for (Mix m : PAPER_MIXTURES) {
      String g = mixGroup(m);
      sb.append("./tmi synth --tasks all --train 100000 --eval 500 --mix ")
          .append(m)
          .append(" --variants tail --out data/tmi/")
          .append(g)
          .append('\n')
          .append("./tmi export --data data/tmi/")
          .append(g)
          .append(" --format xtuner --out ")
          .append(defaultExportDir(m))
          .append('\n');
    }
    sb.append("```\n\nThe `xtuner` export serves both stacks: XTuner reads its per-message loss")
        .append(" flags, LLaMA-Factory reads it through the export's `dataset_info.json`.")
        .append(" For your own exports, `tmi recipes --export DIR --out DIR2` writes recipes that")
        .append(" name exactly the exported files, with a cutoff length fitted to the data.");
    return sb.toString();
  }

  /** A README for a recipe set. */
  public static String readme(List<Recipe> recipes, TrainingPlan plan, boolean xtuner, String how) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Fine-tuning recipes\n\nGenerated by `tmi recipes`; do not edit by hand.")
        .append(" The full workflow is in docs/training-on-gpus.md.\n\n")
        .append(how)
        .append("\n\nSetting (the TAIL paper's): ")
        .append(plan.model())
        .append(", full SFT, ")
        .append(plan.epochs())
        .append(" epochs, global batch ")
        .append(plan.globalBatch())
        .append(" (")
        .append(plan.gpus())
        .append(" GPUs x ")
        .append(plan.perDeviceBatch())
        .append(" x ")
        .append(plan.gradientAccumulation())
        .append(" accumulation), learning rate ")
        .append(Numbers.real(plan.learningRate()))
        .append(" cosine-decaying to ")
        .append(Numbers.real(plan.minLearningRate()))
        .append(", weight decay ")
        .append(Numbers.real(plan.weightDecay()))
        .append(", ")
        .append(Numbers.pct(plan.warmupRatio()))
        .append(
            " warm-up (TMI's choice), bf16, DeepSpeed ZeRO-3 (`deepspeed/ds_z3_config.json`).\n\n")
        .append("| Group | Run | LLaMA-Factory | XTuner | Datasets |\n|---|---|---|---|---|\n");
    for (Recipe r : recipes) {
      sb.append("| ")
          .append(r.group())
          .append(" | ")
          .append(r.name())
          .append(" | `llamafactory/")
          .append(r.group())
          .append('/')
          .append(r.name())
          .append(".yaml` | ")
          .append(xtuner ? "`xtuner/" + r.group() + "/" + r.name() + ".py`" : "-")
          .append(" | ")
          .append(
              r.datasets().size() == 1
                  ? "`" + r.datasets().get(0) + "`"
                  : r.datasets().size() + " datasets")
          .append(" |\n");
    }
    return sb.toString();
  }
}
