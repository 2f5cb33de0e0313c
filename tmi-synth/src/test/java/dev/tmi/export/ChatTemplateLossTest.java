package dev.tmi.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.synth.SynthListener;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Renders exported conversations through the Qwen (ChatML) template and checks the loss mask. */
class ChatTemplateLossTest {
  @TempDir static Path shared;
  static Path data;

  @BeforeAll
  static void synth() throws Exception {
    data = TestData.synth(shared.resolve("data"), 20, 3);
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"MESSAGES", "XTUNER", "SHAREGPT", "ALPACA", "TRL_PROMPT_COMPLETION", "PARQUET"})
  void onlyTheAnswerTurnCarriesLoss(ExportFormat format) throws Exception {
    Path out = shared.resolve("out-" + format.id());
    ExportManifest m =
        new Exporter()
            .run(
                new Exporter.Config(data, out, SynthData.Filter.ALL, ExportOptions.of(format), 2),
                SynthListener.NONE);
    int checked = 0;
    for (ExportManifest.ExportFile f : m.files()) {
      for (ChatRecord r : ExportReader.readAll(out.resolve(f.path()), format)) {
        ChatMl.Rendered rendered = ChatMl.render(r.messages(), r.lossArray());
        String answer = r.content(ChatMessage.ASSISTANT);
        // Exactly the answer and the token that ends it are trained on.
        assertThat(rendered.lossText()).isEqualTo(answer + ChatMl.IM_END);
        int at = rendered.text().lastIndexOf(answer + ChatMl.IM_END);
        BitSet expected = new BitSet();
        expected.set(at, at + answer.length() + ChatMl.IM_END.length());
        assertThat(rendered.lossMask()).isEqualTo(expected);
        // The prompt part is the standard ChatML prompt a server renders for generation.
        List<ChatMessage> prompt = r.messages().subList(0, r.messages().size() - 1);
        assertThat(rendered.text()).startsWith(ChatMl.generationPrompt(prompt));
        assertThat(rendered.text().substring(0, at)).isEqualTo(ChatMl.generationPrompt(prompt));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"XTUNER"})
  void xtunerFlagsAreFalseOnSystemAndUserAndTrueOnTheAssistant(ExportFormat format)
      throws Exception {
    Path out = shared.resolve("flags-" + format.id());
    ExportManifest m =
        new Exporter()
            .run(
                new Exporter.Config(data, out, SynthData.Filter.ALL, ExportOptions.of(format), 1),
                SynthListener.NONE);
    ChatRecord r = ExportReader.readAll(out.resolve(m.files().get(0).path()), format).get(0);
    assertThat(r.messages())
        .extracting(ChatMessage::role)
        .containsExactly("system", "user", "assistant");
    assertThat(r.loss()).containsExactly(false, false, true);
    String line = java.nio.file.Files.readAllLines(out.resolve(m.files().get(0).path())).get(0);
    assertThat(line)
        .contains("\"role\":\"system\"")
        .contains("\"loss\":false")
        .contains("\"loss\":true");
  }
}
