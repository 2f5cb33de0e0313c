package dev.tmi.cli;

import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.export.ExportManifest;
import dev.tmi.export.recipe.Recipe;
import dev.tmi.export.recipe.RecipeGenerator;
import dev.tmi.export.recipe.TrainingPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi recipes}: fine-tuning configs for LLaMA-Factory and XTuner. */
@Command(
    name = "recipes",
    mixinStandardHelpOptions = true,
    description = {
      "Write LLaMA-Factory (YAML) and XTuner (Python) configs reproducing the paper's"
          + " fine-tuning (Qwen2.5-7B, full SFT, 2 epochs, global batch 1024, lr 1e-5 -> 7e-7,"
          + " weight decay 0.1, DeepSpeed ZeRO-3 on 8 GPUs): one model per task and variant,"
          + " and all tasks mixed. --export names the files of a 'tmi export' output;"
          + " --default-layout writes the checked-in recipes/ for the documented layout."
    })
final class RecipesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--export", description = "A 'tmi export' output directory.")
  Path export;

  @Option(
      names = "--default-layout",
      description = "Recipes for the layout of docs/training-on-gpus.md, every paper mixture.")
  boolean defaultLayout;

  @Option(names = "--out", required = true, description = "Where to write the recipes.")
  Path out;

  @Option(names = "--model", defaultValue = "Qwen/Qwen2.5-7B", description = "Base model.")
  String model;

  @Option(names = "--gpus", defaultValue = "8", description = "GPUs.")
  int gpus;

  @Option(names = "--per-device-batch", defaultValue = "4", description = "Samples per GPU step.")
  int perDeviceBatch;

  @Option(names = "--global-batch", defaultValue = "1024", description = "Samples per step.")
  int globalBatch;

  @Option(names = "--epochs", defaultValue = "2", description = "Epochs.")
  int epochs;

  @Option(
      names = "--variant",
      defaultValue = "tail",
      description = "--default-layout: the variant trained on.")
  String variant;

  @Override
  public Integer call() throws Exception {
    if (defaultLayout == (export != null)) {
      throw new IllegalArgumentException("give either --export DIR or --default-layout");
    }
    TrainingPlan p = TrainingPlan.PAPER;
    TrainingPlan plan =
        new TrainingPlan(
            model,
            gpus,
            perDeviceBatch,
            globalBatch,
            epochs,
            p.learningRate(),
            p.minLearningRate(),
            p.weightDecay(),
            p.warmupRatio());
    Map<String, String> files;
    List<Recipe> recipes;
    if (defaultLayout) {
      recipes =
          RecipeGenerator.defaultLayout(
              TaskRegistry.PAPER_ORDER, variant, RecipeGenerator.PAPER_MIXTURES);
      files =
          RecipeGenerator.files(
              recipes,
              plan,
              out + "/deepspeed/ds_z3_config.json",
              true,
              RecipeGenerator.readme(recipes, plan, true, RecipeGenerator.defaultLayoutHow()));
    } else {
      ExportManifest m = RecipeGenerator.readExport(export);
      boolean xtuner = RecipeGenerator.xtunerReads(m.exportFormat());
      if (!m.exportFormat().llamaFactory()) {
        throw new IllegalArgumentException(
            "export format "
                + m.format()
                + " is not read by LLaMA-Factory or XTuner; export"
                + " --format xtuner (read by both)");
      }
      recipes = RecipeGenerator.fromExport(m, export.toString());
      files =
          RecipeGenerator.files(
              recipes,
              plan,
              out + "/deepspeed/ds_z3_config.json",
              xtuner,
              RecipeGenerator.readme(
                  recipes,
                  plan,
                  xtuner,
                  "Recipes for the export `" + export + "` (format " + m.format() + ")."));
    }
    RecipeGenerator.write(out, files);
    spec.commandLine()
        .getOut()
        .printf("wrote %d recipes (%d files) to %s%n", recipes.size(), files.size(), out);
    return 0;
  }
}
