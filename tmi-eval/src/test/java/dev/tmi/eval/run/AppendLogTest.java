package dev.tmi.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AppendLogTest {
  static ResponseRecord rec(int i) {
    return new ResponseRecord(
        "t/eval-S/" + i,
        "t",
        "S",
        "tail",
        "q" + i,
        "answer \"" + i + "\"\n\\boxed{" + i + "}",
        null,
        "stop",
        3,
        4,
        100,
        12,
        1,
        List.of());
  }

  static Path write(int n) throws Exception {
    Path dir = Files.createTempDirectory("applog");
    Path f = dir.resolve("responses.jsonl");
    AtomicInteger durable = new AtomicInteger();
    try (AppendLog<ResponseRecord> log = new AppendLog<>(f, r -> durable.incrementAndGet())) {
      for (int i = 0; i < n; i++) {
        log.append(rec(i));
      }
    }
    assertThat(durable.get()).isEqualTo(n);
    return f;
  }

  @Property(tries = 200, seed = "99")
  void aTornTailIsCutAndEveryCompleteRecordKept(
      @ForAll @IntRange(min = 0, max = 30) int n, @ForAll @Size(max = 300) byte[] garbage)
      throws Exception {
    Path f = write(n);
    List<Byte> tail = new ArrayList<>();
    for (byte b : garbage) {
      if (b != '\n') {
        tail.add(b);
      }
    }
    byte[] torn = new byte[tail.size()];
    for (int i = 0; i < torn.length; i++) {
      torn[i] = tail.get(i);
    }
    long good = Files.size(f);
    Files.write(f, torn, StandardOpenOption.APPEND);
    var rec = AppendLog.recover(f, ResponseRecord.class, ResponseRecord::id);
    assertThat(rec.records()).hasSize(n);
    assertThat(Files.size(f)).isEqualTo(good);
    for (int i = 0; i < n; i++) {
      assertThat(rec.records().get("t/eval-S/" + i)).isEqualTo(rec(i));
    }
    try (var s = Files.list(f.getParent())) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(f.getParent());
  }

  @Test
  void damageInTheMiddleIsRefusedAndNothingChanges() throws Exception {
    Path f = write(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.set(1, "{not json");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(f);
    assertThatThrownBy(() -> AppendLog.recover(f, ResponseRecord.class, ResponseRecord::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responses.jsonl:2");
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }

  @Test
  void duplicatesCountOnce() throws Exception {
    Path f = write(2);
    Files.writeString(f, Files.readAllLines(f).get(0) + "\n", StandardOpenOption.APPEND);
    var rec = AppendLog.recover(f, ResponseRecord.class, ResponseRecord::id);
    assertThat(rec.records()).hasSize(2);
    assertThat(rec.duplicates()).isEqualTo(1);
  }
}
