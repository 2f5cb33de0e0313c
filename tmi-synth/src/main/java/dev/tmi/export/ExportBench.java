package dev.tmi.export;

import dev.tmi.stats.Median;
import dev.tmi.synth.OutputStaging;
import dev.tmi.synth.SynthListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times whole exports of a data set and reports samples/s, MB/s and memory: the process's peak
 * resident set (VmHWM, reset before each run through {@code /proc/self/clear_refs} where Linux
 * allows it) and the peak of the Java heap.
 */
public final class ExportBench {
  private ExportBench() {}

  /**
   * One format's result, medians over runs.
   *
   * @param format the format
   * @param samples samples exported per run
   * @param inputBytes JSONL bytes read per run
   * @param outputBytes bytes written per run
   * @param seconds median wall time
   * @param cpuSeconds median CPU time of the process (all threads), which other load on the machine
   *     does not inflate
   * @param peakRssBytes highest peak resident set over runs, or -1 where unknown
   * @param peakHeapBytes highest peak Java heap use over runs (the sum of each heap pool's peak, an
   *     upper bound, since pools peak at different times)
   * @param rssReset whether the resident-set peak was reset before each run (else it includes
   *     whatever ran before in this process)
   */
  public record Result(
      ExportFormat format,
      long samples,
      long inputBytes,
      long outputBytes,
      double seconds,
      double cpuSeconds,
      long peakRssBytes,
      long peakHeapBytes,
      boolean rssReset) {
    public double samplesPerSecond() {
      return samples / seconds;
    }

    public double inputMegabytesPerSecond() {
      return inputBytes / 1e6 / seconds;
    }
  }

  /** Exports {@code data} {@code runs} times in a format into {@code scratch} (deleted after). */
  public static Result measure(Path data, ExportFormat format, int runs, int threads, Path scratch)
      throws IOException, InterruptedException {
    SynthData d = SynthData.open(data);
    long in = d.files().stream().mapToLong(DataFile::bytes).sum();
    double[] secs = new double[runs];
    double[] cpu = new double[runs];
    long samples = 0;
    long outBytes = 0;
    long rss = -1;
    long heap = 0;
    boolean reset = true;
    for (int r = 0; r < runs; r++) {
      Path out = scratch.resolve("export-bench-" + format.id() + "-" + r);
      System.gc();
      reset &= resetPeakRss();
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      ExportManifest m =
          new Exporter()
              .run(
                  new Exporter.Config(
                      data, out, SynthData.Filter.ALL, ExportOptions.of(format), threads),
                  SynthListener.NONE);
      secs[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (cpuNanos() - c0) / 1e9;
      rss = Math.max(rss, peakRss());
      long h = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
          h += p.getPeakUsage().getUsed();
        }
      }
      heap = Math.max(heap, h);
      samples = m.files().stream().mapToLong(ExportManifest.ExportFile::count).sum();
      outBytes = m.files().stream().mapToLong(ExportManifest.ExportFile::bytes).sum();
      OutputStaging.deleteTree(out);
    }
    return new Result(
        format, samples, in, outBytes, Median.of(secs), Median.of(cpu), rss, heap, reset);
  }

  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }

  /** VmHWM of this process in bytes, or -1 off Linux. */
  public static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Resets VmHWM to the current resident set; false where the kernel does not allow it. */
  static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
