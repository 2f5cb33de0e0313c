package dev.tmi.eval.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tmi.eval.EvalJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An append-only JSON-lines log ({@code responses.jsonl}, {@code judge.jsonl}): one record per
 * line, each with an id.
 *
 * <p>One writer thread appends what the request threads hand it and forces it to disk; records that
 * arrive while a force is under way are written and forced together (group commit), so durability
 * costs one {@code fsync} per batch, not per request. A record is reported durable only after its
 * force returns. A kill at any moment leaves at most a torn last line, which {@link #recover} cuts
 * off before the next run appends.
 */
public final class AppendLog<T> implements AutoCloseable {
  private static final Object STOP = new Object();

  private final Path file;
  private final FileChannel channel;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Consumer<T> onDurable;
  private final Thread writer;
  private volatile IOException failure;

  /**
   * What an existing log holds.
   *
   * @param records the first record of every id, in file order
   * @param duplicates lines whose id appeared before (kept in the file, ignored)
   * @param cutBytes bytes of a torn last line that were cut off
   */
  public record Recovered<T>(Map<String, T> records, int duplicates, long cutBytes) {}

  /**
   * Reads an existing log, cutting off a torn or unreadable last line (the trace of a kill).
   *
   * @throws IllegalArgumentException if a line other than the last is unreadable, naming the line;
   *     nothing is changed then
   */
  public static <T> Recovered<T> recover(Path file, Class<T> type, Function<T, String> idOf)
      throws IOException {
    Map<String, T> records = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return new Recovered<>(records, 0, 0);
    }
    byte[] bytes = Files.readAllBytes(file);
    int duplicates = 0;
    int start = 0;
    int lineNo = 0;
    long keep = 0;
    while (start < bytes.length) {
      int end = indexOf(bytes, (byte) '\n', start);
      lineNo++;
      if (end < 0) {
        break; // a torn last line: no newline yet
      }
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      T r = null;
      if (!line.isBlank()) {
        try {
          r = EvalJson.MAPPER.readValue(line, type);
        } catch (IOException e) {
          if (indexOf(bytes, (byte) '\n', end + 1) >= 0 || hasContent(bytes, end + 1)) {
            throw new IllegalArgumentException(
                file
                    + ":"
                    + lineNo
                    + ": unreadable record ("
                    + e.getMessage().lines().findFirst().orElse("")
                    + "); the log is damaged in the middle, fix or remove that line");
          }
          break; // an unreadable last line: cut it like a torn one
        }
        String id = idOf.apply(r);
        if (id == null) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": a record without an id");
        }
        if (records.putIfAbsent(id, r) != null) {
          duplicates++;
        }
      }
      start = end + 1;
      keep = start;
    }
    long cut = bytes.length - keep;
    if (cut > 0) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(keep);
        ch.force(true);
      }
    }
    return new Recovered<>(records, duplicates, cut);
  }

  private static boolean hasContent(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != 0 && !Character.isWhitespace(b[i])) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Opens a log for appending; call {@link #recover} first.
   *
   * @param onDurable called on the writer thread for every record once it is on disk
   */
  public AppendLog(Path file, Consumer<T> onDurable) throws IOException {
    this.file = file;
    this.onDurable = onDurable;
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    this.writer = new Thread(this::drain, "tmi-eval-log");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Hands a record to the writer.
   *
   * @throws IOException if an earlier write failed (the run must stop)
   */
  public void append(T r) throws IOException {
    IOException f = failure;
    if (f != null) {
      throw new IOException("cannot write " + file + ": " + f.getMessage(), f);
    }
    queue.add(r);
  }

  private void drain() {
    List<Object> batch = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      batch.clear();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        // Only close() stops the writer; an interrupt must not lose queued records.
        continue;
      }
      queue.drainTo(batch);
      List<T> written = new ArrayList<>(batch.size());
      StringBuilder sb = new StringBuilder();
      for (Object o : batch) {
        if (o == STOP) {
          stop = true;
        } else {
          @SuppressWarnings("unchecked")
          T r = (T) o;
          try {
            sb.append(EvalJson.MAPPER.writeValueAsString(r)).append('\n');
            written.add(r);
          } catch (JsonProcessingException e) {
            failure = new IOException("cannot serialize " + r, e);
          }
        }
      }
      if (written.isEmpty() || failure != null) {
        continue;
      }
      try {
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          channel.write(buf);
        }
        channel.force(false);
      } catch (IOException e) {
        failure = e;
        continue;
      }
      for (T r : written) {
        try {
          onDurable.accept(r);
        } catch (RuntimeException e) {
          // A listener's failure (a progress bar) must not stop the log.
        }
      }
    }
  }

  /** Writes everything handed over so far, then closes. */
  @Override
  public void close() throws IOException {
    queue.add(STOP);
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    channel.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw new IOException("cannot write " + file + ": " + failure.getMessage(), failure);
    }
  }
}
