package dev.tmi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTextTest {

  @Test
  void everyCommandsHelpRendersWithoutPicocliWarnings() {
    List<String> rendered = new ArrayList<>();
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // picocli reports unformattable descriptions (e.g. a bare '%') on System.err while rendering.
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      collect(Main.commandLine(), rendered);
    } finally {
      System.setErr(saved);
    }
    assertThat(rendered).hasSizeGreaterThan(15);
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    assertThat(String.join("\n", rendered)).doesNotContain("%n").doesNotContain("${");
  }

  private static void collect(CommandLine cl, List<String> out) {
    out.add(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, out);
    }
  }
}
