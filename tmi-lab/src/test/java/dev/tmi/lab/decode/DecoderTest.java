package dev.tmi.lab.decode;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.tmi.lab.CopyTask;
import dev.tmi.lab.model.ModelConfig;
import dev.tmi.lab.model.PositionEncoding;
import dev.tmi.lab.model.Transformer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecoderTest {

  @Test
  void kvCacheDecodingEqualsFullRecomputation() {
    for (PositionEncoding pe : PositionEncoding.values()) {
      try (NDManager m = NDManager.newBaseManager();
          Transformer model =
              Transformer.create(
                  new ModelConfig(CopyTask.TOKENIZER.size(), 2, 32, 2, 2, 96, pe), 3, m)) {
        Decoder d = new Decoder(model, CopyTask.TOKENIZER);
        List<int[]> prefixes = new ArrayList<>();
        for (String p : CopyTask.prompts(5, 4, 3, 9)) {
          prefixes.add(CopyTask.TOKENIZER.prefix(p));
        }
        List<float[]> cached = d.logitsTrace(prefixes, 20, true);
        List<float[]> full = d.logitsTrace(prefixes, 20, false);
        assertThat(cached).hasSameSizeAs(full);
        assertThat(cached.size()).isGreaterThan(10);
        for (int i = 0; i < cached.size(); i++) {
          float[] a = cached.get(i);
          float[] b = full.get(i);
          for (int k = 0; k < a.length; k++) {
            assertThat(a[k])
                .as(pe.id() + " step " + i)
                .isCloseTo(b[k], org.assertj.core.data.Offset.offset(1e-3f));
          }
        }
        var g1 = d.generate(prefixes, 20, true);
        var g2 = d.generate(prefixes, 20, false);
        for (int i = 0; i < g1.size(); i++) {
          assertThat(g1.get(i).tokens()).isEqualTo(g2.get(i).tokens());
        }
      }
    }
  }
}
