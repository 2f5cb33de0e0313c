package dev.tmi.lab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident set size, read from /proc (Linux). */
public final class Rss {
  private Rss() {}

  /** Current and peak RSS in MB, or -1 when /proc is not there. */
  public static double[] megabytes() {
    double now = -1;
    double peak = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          now = kb(line) / 1024.0;
        } else if (line.startsWith("VmHWM:")) {
          peak = kb(line) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return new double[] {-1, -1};
    }
    return new double[] {now, peak};
  }

  private static long kb(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
