package dev.tmi.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How the jobs that write a data directory ({@code tmi synth}, {@code tmi export}) keep it whole:
 * the output must be new or empty, work goes to a hidden staging directory beside it named by the
 * job's configuration ({@code .NAME.partial-HASH}), so the same command resumes in it and another
 * configuration starts afresh, and the output appears only when everything is written.
 */
public final class OutputStaging {
  private OutputStaging() {}

  /**
   * Checks that {@code out} is absent or an empty directory, and creates its parent.
   *
   * @throws IllegalArgumentException naming {@code --out} otherwise, before anything is written
   */
  public static void requireFresh(Path out) throws IOException {
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new IllegalArgumentException("--out " + out + " exists and is not a directory");
      }
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "--out " + out + " is not empty; choose a new directory or remove it");
        }
      }
    }
    Path parent = out.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /**
   * The staging directory of {@code out} for a configuration hash, created if needed; staging
   * directories of earlier runs with another configuration are removed.
   */
  public static Path open(Path out, String configHash) throws IOException {
    String prefix = "." + out.getFileName() + ".partial-";
    Path staging = out.resolveSibling(prefix + configHash);
    try (Stream<Path> s = Files.list(out.getParent())) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith(prefix) && !p.equals(staging)) {
          deleteTree(p);
        }
      }
    }
    Files.createDirectories(staging);
    return staging;
  }

  /** Deletes a file or directory tree; nothing happens if it does not exist. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  /**
   * Stops a job's workers and waits until they have: a job that fails on one file must not return
   * while the others still write into its staging directory (a re-run, or whoever cleans up, would
   * race with them). Called from {@code finally}, so it never throws, which would hide the job's
   * own error. After ten minutes it stops waiting (the threads are daemons).
   */
  public static void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon worker threads, so that a failed job never keeps the JVM alive. */
  public static ThreadFactory daemonThreads(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
