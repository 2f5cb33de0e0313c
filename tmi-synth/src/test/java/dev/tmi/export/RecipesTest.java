package dev.tmi.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.export.recipe.Recipe;
import dev.tmi.export.recipe.RecipeGenerator;
import dev.tmi.export.recipe.TrainingPlan;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.SynthListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipesTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Path CHECKED_IN = Path.of("..", "recipes");

  @TempDir Path tmp;

  static Map<String, String> defaultLayout() {
    List<Recipe> recipes =
        RecipeGenerator.defaultLayout(
            TaskRegistry.PAPER_ORDER, "tail", RecipeGenerator.PAPER_MIXTURES);
    return RecipeGenerator.files(
        recipes,
        TrainingPlan.PAPER,
        "recipes/deepspeed/ds_z3_config.json",
        true,
        RecipeGenerator.readme(
            recipes, TrainingPlan.PAPER, true, RecipeGenerator.defaultLayoutHow()));
  }

  @Test
  void theCheckedInRecipesAreCurrent() throws Exception {
    Map<String, String> expected = defaultLayout();
    List<String> present = new ArrayList<>();
    try (Stream<Path> s = Files.walk(CHECKED_IN)) {
      s.filter(Files::isRegularFile)
          .map(p -> CHECKED_IN.relativize(p).toString().replace('\\', '/'))
          .filter(p -> expected.containsKey(p))
          .forEach(present::add);
    }
    assertThat(present)
        .as("regenerate with: ./tmi recipes --default-layout --out recipes")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(Files.readString(CHECKED_IN.resolve(e.getKey())))
          .as(e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void everyCheckedInConfigParsesAndEncodesThePapersSetting() throws Exception {
    Map<String, String> files = defaultLayout();
    JsonNode ds = SampleJson.MAPPER.readTree(files.get("deepspeed/ds_z3_config.json"));
    assertThat(ds.get("zero_optimization").get("stage").asInt()).isEqualTo(3);
    int yamls = 0;
    int pys = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (e.getKey().endsWith(".yaml")) {
        JsonNode y = YAML.readTree(e.getValue());
        checkPaper(y);
        assertThat(y.get("deepspeed").asText()).isEqualTo("recipes/deepspeed/ds_z3_config.json");
        assertThat(Path.of("..").resolve(y.get("deepspeed").asText())).isRegularFile();
        String group = e.getKey().split("/")[1];
        assertThat(y.get("dataset_dir").asText()).isEqualTo("data/tmi-export/" + group);
        for (String d : y.get("dataset").asText().split(",")) {
          assertThat(d).matches("tmi_[a-z_]+_tail_train");
        }
        yamls++;
      } else if (e.getKey().endsWith(".py")) {
        checkPython(e.getValue(), e.getKey());
        pys++;
      }
    }
    // 19 tasks + all tasks, for each of the paper's 5 mixtures.
    assertThat(yamls).isEqualTo(pys).isEqualTo(5 * (TaskRegistry.PAPER_ORDER.size() + 1));
  }

  static void checkPaper(JsonNode y) {
    assertThat(y.get("model_name_or_path").asText()).isEqualTo("Qwen/Qwen2.5-7B");
    assertThat(y.get("finetuning_type").asText()).isEqualTo("full");
    assertThat(y.get("stage").asText()).isEqualTo("sft");
    // Numbers must be YAML numbers (PyYAML reads 1e-5 as a string, 1.0e-5 as a float).
    assertThat(y.get("learning_rate").isNumber()).isTrue();
    assertThat(y.get("learning_rate").asDouble()).isEqualTo(1e-5);
    assertThat(y.get("lr_scheduler_kwargs").get("min_lr").isNumber()).isTrue();
    assertThat(y.get("lr_scheduler_kwargs").get("min_lr").asDouble()).isEqualTo(7e-7);
    assertThat(y.get("weight_decay").asDouble()).isEqualTo(0.1);
    assertThat(y.get("num_train_epochs").asDouble()).isEqualTo(2.0);
    assertThat(
            y.get("per_device_train_batch_size").asInt()
                * y.get("gradient_accumulation_steps").asInt()
                * 8)
        .isEqualTo(1024);
  }

  static void checkPython(String py, String name) {
    assertThat(value(py, "lr")).as(name).isEqualTo("1.0e-5");
    assertThat(value(py, "min_lr")).isEqualTo("7.0e-7");
    assertThat(value(py, "weight_decay")).isEqualTo("0.1");
    assertThat(value(py, "max_epochs")).isEqualTo("2");
    assertThat(
            Integer.parseInt(value(py, "batch_size"))
                * Integer.parseInt(value(py, "accumulative_counts"))
                * 8)
        .isEqualTo(1024);
    assertThat(py).contains("dataset_map_fn=openai_map_fn").contains("PROMPT_TEMPLATE.qwen_chat");
    // Balanced brackets: a cheap syntax check without Python.
    long open = py.chars().filter(c -> c == '(' || c == '[' || c == '{').count();
    long close = py.chars().filter(c -> c == ')' || c == ']' || c == '}').count();
    assertThat(open).isEqualTo(close);
  }

  static String value(String py, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " = ([^\\s#]+)").matcher(py);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  static List<String> dataFiles(String py) {
    Matcher block = Pattern.compile("(?s)data_files = \\[\\n(.*?)\\]").matcher(py);
    assertThat(block.find()).isTrue();
    List<String> out = new ArrayList<>();
    Matcher f = Pattern.compile("'([^']+)'").matcher(block.group(1));
    while (f.find()) {
      out.add(f.group(1));
    }
    return out;
  }

  @Test
  void recipesFromAnExportNameFilesTheExportProduced() throws Exception {
    Path data = TestData.synth(tmp.resolve("data"), 30, 3);
    Path export = tmp.resolve("export");
    new Exporter()
        .run(
            new Exporter.Config(
                data, export, SynthData.Filter.ALL, ExportOptions.of(ExportFormat.XTUNER), 2),
            SynthListener.NONE);
    ExportManifest m = RecipeGenerator.readExport(export);
    List<Recipe> recipes = RecipeGenerator.fromExport(m, export.toString());
    // One per task and variant, plus all tasks per variant.
    assertThat(recipes).hasSize(TestData.TASKS.size() * 2 + 2);
    assertThat(recipes).allMatch(r -> r.group().equals("mix-8-1-1"));
    Map<String, String> files =
        RecipeGenerator.files(
            recipes,
            TrainingPlan.PAPER,
            tmp.resolve("r/deepspeed/ds_z3_config.json").toString(),
            true,
            "readme");
    RecipeGenerator.write(tmp.resolve("r"), files);
    JsonNode info = SampleJson.MAPPER.readTree(export.resolve("dataset_info.json").toFile());
    long maxBytes =
        m.files().stream().mapToLong(ExportManifest.ExportFile::maxChatBytes).max().orElseThrow();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path written = tmp.resolve("r").resolve(e.getKey());
      assertThat(Files.readString(written)).isEqualTo(e.getValue());
      if (e.getKey().endsWith(".yaml")) {
        JsonNode y = YAML.readTree(written.toFile());
        checkPaper(y);
        assertThat(Path.of(y.get("deepspeed").asText())).isRegularFile();
        Path dir = Path.of(y.get("dataset_dir").asText());
        assertThat(dir).isEqualTo(export);
        for (String d : y.get("dataset").asText().split(",")) {
          JsonNode entry = info.get(d);
          assertThat(entry).as(d).isNotNull();
          assertThat(dir.resolve(entry.get("file_name").asText())).isRegularFile();
          assertThat(entry.get("file_name").asText()).endsWith("/train.jsonl");
        }
        assertThat(y.get("cutoff_len").asLong()).isGreaterThanOrEqualTo(Math.min(maxBytes, 2048));
      } else if (e.getKey().endsWith(".py")) {
        checkPython(e.getValue(), e.getKey());
        List<String> df = dataFiles(e.getValue());
        assertThat(df).isNotEmpty();
        df.forEach(f -> assertThat(Path.of(f)).isRegularFile());
      } else if (e.getKey().endsWith(".json")) {
        SampleJson.MAPPER.readTree(e.getValue());
      }
    }
    Recipe all =
        recipes.stream().filter(r -> r.name().equals("all-tasks-tail")).findFirst().orElseThrow();
    assertThat(all.datasets()).hasSize(TestData.TASKS.size());
    long longest =
        m.files().stream()
            .filter(f -> f.split().equals("train") && f.variant().equals("tail"))
            .mapToLong(ExportManifest.ExportFile::maxChatBytes)
            .max()
            .orElseThrow();
    assertThat(all.longestBytes()).isEqualTo(longest);
    assertThat(all.cutoffLen())
        .isGreaterThanOrEqualTo(Math.min(RecipeGenerator.DEFAULT_CUTOFF, longest))
        .isLessThanOrEqualTo(RecipeGenerator.DEFAULT_CUTOFF);
    assertThat(all.mayTruncate()).isEqualTo(longest > all.cutoffLen());
  }
}
