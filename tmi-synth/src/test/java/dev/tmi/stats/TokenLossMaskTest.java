package dev.tmi.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.export.ChatMessage;
import dev.tmi.export.ChatMl;
import dev.tmi.export.ChatRecord;
import dev.tmi.export.ExportFormat;
import dev.tmi.export.ExportManifest;
import dev.tmi.export.ExportOptions;
import dev.tmi.export.ExportReader;
import dev.tmi.export.Exporter;
import dev.tmi.export.SynthData;
import dev.tmi.synth.DedupMode;
import dev.tmi.synth.Mix;
import dev.tmi.synth.Shard;
import dev.tmi.synth.SynthConfig;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages and XTuner exports, rendered through the ChatML template and tokenized by a real
 * byte-level BPE tokenizer: the tokens that carry loss are exactly the answer's and the closing
 * {@code <|im_end|>}, and no token straddles the boundary.
 */
class TokenLossMaskTest {
  @TempDir Path tmp;

  @Test
  void onlyAnswerTokensCarryLoss() throws Exception {
    Path data = tmp.resolve("data");
    new Synthesizer(TaskRegistry.load())
        .run(
            new SynthConfig(
                TaskRegistry.load().ids(),
                15,
                2,
                Mix.S_ONLY,
                List.of("tail", "direct"),
                3,
                1,
                Shard.ALL,
                data,
                false,
                DedupMode.QUERY),
            SynthListener.NONE);
    try (HfTokenCounter tok = HfTokenCounter.load(TinyTokenizer.write(tmp.resolve("t.json")))) {
      for (ExportFormat format : List.of(ExportFormat.MESSAGES, ExportFormat.XTUNER)) {
        Path out = tmp.resolve(format.id());
        ExportManifest m =
            new Exporter()
                .run(
                    new Exporter.Config(
                        data, out, SynthData.Filter.ALL, ExportOptions.of(format), 1),
                    SynthListener.NONE);
        int checked = 0;
        for (ExportManifest.ExportFile f : m.files()) {
          for (ChatRecord r : ExportReader.readAll(out.resolve(f.path()), format)) {
            ChatMl.Rendered rendered = ChatMl.render(r.messages(), r.lossArray());
            String answer = r.content(ChatMessage.ASSISTANT);
            int start = rendered.lossMask().nextSetBit(0);
            int end = rendered.lossMask().previousSetBit(rendered.text().length()) + 1;
            StringBuilder lossText = new StringBuilder();
            String lastLoss = null;
            for (HfTokenCounter.Token t : tok.tokens(rendered.text())) {
              boolean inside = t.start() >= start && t.end() <= end;
              boolean outside = t.end() <= start || t.start() >= end;
              assertThat(inside || outside).as("token %s straddles the answer", t).isTrue();
              if (inside) {
                lossText.append(rendered.text(), t.start(), t.end());
                lastLoss = t.piece();
              }
            }
            assertThat(lossText.toString()).isEqualTo(answer + ChatMl.IM_END);
            assertThat(lastLoss).isEqualTo(ChatMl.IM_END);
            checked++;
          }
        }
        assertThat(checked).isGreaterThan(50);
      }
    }
  }
}
