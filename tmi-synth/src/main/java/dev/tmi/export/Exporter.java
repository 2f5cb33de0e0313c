package dev.tmi.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.sample.Sample;
import dev.tmi.synth.OutputStaging;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.SynthListener;
import dev.tmi.synth.Synthesizer;
import dev.tmi.synth.Version;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code tmi export}: streams the samples of a {@code tmi synth} output into a training-ready
 * format, one output file per input file ({@code OUT/<task>/<variant>/<stem><ext>}), plus {@code
 * export.json}, LLaMA-Factory's {@code dataset_info.json} and a {@code README.md} dataset card.
 *
 * <p>Memory stays bounded whatever the data size: each file is read one line at a time and written
 * as it is read. Input checksums are verified on the way. Work goes to a hidden staging directory
 * beside the output, each finished file is recorded there, so running the same command after a kill
 * resumes, and the output directory appears only when everything is written. Files are exported in
 * parallel; each file's bytes depend only on its input and the options.
 */
public final class Exporter {
  private static final String PROGRESS = ".progress.jsonl";
  private static final int REPORT_EVERY = 512;

  /**
   * What to export.
   *
   * @param data the {@code tmi synth} output directory
   * @param out the export directory (must not exist or be empty)
   * @param filter which tasks, variants and splits
   * @param options format and framing
   * @param threads files exported at once
   */
  public record Config(
      Path data, Path out, SynthData.Filter filter, ExportOptions options, int threads) {
    public Config {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(options, "options");
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
      }
    }
  }

  /**
   * Runs an export.
   *
   * @throws IllegalArgumentException for bad input (no or malformed manifest, a missing, changed or
   *     malformed data file, an unknown task, variant or split, an output directory that is not
   *     empty); nothing is left in the output directory then
   */
  public ExportManifest run(Config config, SynthListener listener)
      throws IOException, InterruptedException {
    SynthData data = SynthData.open(config.data());
    List<DataFile> files = data.select(config.filter());
    if (files.isEmpty()) {
      throw new IllegalArgumentException("nothing to export: the selection matches no file");
    }
    Path out = config.out().toAbsolutePath().normalize();
    checkOutput(out, data.dir().toAbsolutePath().normalize());
    ExportOptions options = config.options();
    ObjectNode key = SampleJson.MAPPER.createObjectNode();
    key.put("source", data.manifestSha256());
    key.set("options", SampleJson.MAPPER.valueToTree(optionsJson(options)));
    key.set("files", SampleJson.MAPPER.valueToTree(files.stream().map(DataFile::path).toList()));
    String hash = sha256Hex(SampleJson.MAPPER.writeValueAsBytes(key)).substring(0, 12);
    Path staging = OutputStaging.open(out, hash);
    Map<String, ExportManifest.ExportFile> done = readProgress(staging);

    long total = 0;
    for (DataFile f : files) {
      if (!done.containsKey(f.path())) {
        total += f.count();
      }
    }
    SynthListener sync = synchronizedListener(listener);
    sync.started(total);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(config.threads(), files.size()), OutputStaging.daemonThreads("tmi-export"));
    try {
      List<Future<ExportManifest.ExportFile>> futures = new ArrayList<>();
      for (DataFile f : files) {
        ExportManifest.ExportFile prior = done.get(f.path());
        if (prior != null && stillThere(staging, prior)) {
          futures.add(java.util.concurrent.CompletableFuture.completedFuture(prior));
        } else {
          futures.add(pool.submit(() -> exportFile(data, f, staging, options, sync)));
        }
      }
      List<ExportManifest.ExportFile> written = new ArrayList<>();
      for (Future<ExportManifest.ExportFile> fu : futures) {
        try {
          written.add(fu.get());
        } catch (ExecutionException e) {
          futures.forEach(x -> x.cancel(true));
          Throwable c = e.getCause();
          if (c instanceof IOException io) {
            throw io;
          }
          if (c instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(c);
        }
      }
      ExportManifest manifest =
          new ExportManifest(
              Version.identity(),
              options.format().id(),
              ExportManifest.Framing.of(options.framing()),
              options.meta(),
              options.plain(),
              new ExportManifest.Source(
                  config.data().toString(), data.manifestSha256(), data.config()),
              written);
      writeJson(staging.resolve("export.json"), manifest);
      if (options.format().llamaFactory()) {
        writeJson(staging.resolve("dataset_info.json"), DatasetInfo.of(manifest));
      }
      Synthesizer.writeAtomically(
          staging.resolve("README.md"), DatasetCard.of(manifest).getBytes(StandardCharsets.UTF_8));
      Files.deleteIfExists(staging.resolve(PROGRESS));
      if (Files.isDirectory(out)) {
        Files.delete(out);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } finally {
      OutputStaging.stop(pool);
    }
  }

  /** The output path of a data file, relative to the export directory. */
  public static String outputPath(DataFile f, ExportFormat format) {
    return f.base() + format.extension();
  }

  private static ExportManifest.ExportFile exportFile(
      SynthData data, DataFile f, Path staging, ExportOptions options, SynthListener listener)
      throws IOException {
    String rel = outputPath(f, options.format());
    Path target = staging.resolve(rel);
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    long maxChat = 0;
    long count = 0;
    RecordSink.Written w;
    boolean ok = false;
    try (SampleReader in = data.read(f).expect(f.task(), f.variant());
        RecordSink sink = sink(tmp, options)) {
      long lastBytes = 0;
      Sample s;
      while ((s = in.next()) != null) {
        sink.write(s);
        maxChat = Math.max(maxChat, chatBytes(options.framing().messages(s)));
        if (++count % REPORT_EVERY == 0) {
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("export of " + f.path() + " stopped");
          }
          listener.progress(REPORT_EVERY, in.bytesRead() - lastBytes);
          lastBytes = in.bytesRead();
        }
      }
      listener.progress(count % REPORT_EVERY, in.bytesRead() - lastBytes);
      w = sink.finish();
      ok = true;
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    ExportManifest.ExportFile e =
        new ExportManifest.ExportFile(
            rel,
            f.path(),
            f.task(),
            f.split(),
            f.variant(),
            count,
            w.bytes(),
            w.sha256(),
            DatasetNames.of(f.task(), f.variant(), f.stem()),
            maxChat);
    appendProgress(staging.resolve(PROGRESS), e);
    return e;
  }

  private static RecordSink sink(Path tmp, ExportOptions options) throws IOException {
    return options.format() == ExportFormat.PARQUET
        ? new ParquetSink(tmp, options)
        : new JsonlSink(tmp, options);
  }

  /** UTF-8 bytes of a conversation as ChatML renders it (without building the string). */
  static long chatBytes(List<ChatMessage> messages) {
    long n = 0;
    for (ChatMessage m : messages) {
      // <|im_start|>role\n ... <|im_end|>\n
      n += ChatMl.IM_START.length() + m.role().length() + 1 + ChatMl.IM_END.length() + 1;
      n += utf8Length(m.content());
    }
    return n;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static Map<String, Object> optionsJson(ExportOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", o.format().id());
    m.put("system", o.framing().system());
    m.put("think", o.framing().think());
    m.put("userTemplate", o.framing().userTemplate());
    m.put("meta", o.meta());
    m.put("plain", o.plain());
    return m;
  }

  private static void checkOutput(Path out, Path data) throws IOException {
    if (out.equals(data) || out.startsWith(data)) {
      throw new IllegalArgumentException("--out " + out + " must not be inside --data " + data);
    }
    OutputStaging.requireFresh(out);
  }

  private static Map<String, ExportManifest.ExportFile> readProgress(Path staging)
      throws IOException {
    Map<String, ExportManifest.ExportFile> done = new LinkedHashMap<>();
    Path p = staging.resolve(PROGRESS);
    if (!Files.exists(p)) {
      return done;
    }
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      try {
        ExportManifest.ExportFile e =
            SampleJson.MAPPER.readValue(line, ExportManifest.ExportFile.class);
        done.put(e.source(), e);
      } catch (IOException | RuntimeException e) {
        // A line cut short by a kill: that file is exported again.
      }
    }
    return done;
  }

  private static boolean stillThere(Path staging, ExportManifest.ExportFile e) throws IOException {
    Path p = staging.resolve(e.path());
    return Files.isRegularFile(p) && Files.size(p) == e.bytes();
  }

  private static synchronized void appendProgress(Path progress, ExportManifest.ExportFile e)
      throws IOException {
    byte[] line = (SampleJson.MAPPER.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel c =
        FileChannel.open(
            progress,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      c.write(ByteBuffer.wrap(line));
      c.force(false);
    }
  }

  private static void writeJson(Path p, Object value) throws IOException {
    Synthesizer.writeAtomically(
        p, SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
  }

  private static SynthListener synchronizedListener(SynthListener l) {
    return new SynthListener() {
      @Override
      public synchronized void started(long totalSamples) {
        l.started(totalSamples);
      }

      @Override
      public synchronized void progress(long samples, long bytes) {
        l.progress(samples, bytes);
      }

      @Override
      public synchronized void phase(String description) {
        l.phase(description);
      }
    };
  }

  private static String sha256Hex(byte[] b) {
    return HexFormat.of().formatHex(SynthData.sha256().digest(b));
  }

  /** The synthesis configuration of an export's source, for recipes. */
  static JsonNode sourceConfig(ExportManifest m) {
    return m.source().config();
  }
}
