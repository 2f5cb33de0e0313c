package dev.tmi.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.answer.Answer;
import dev.tmi.engine.format.Scribe;
import dev.tmi.engine.format.TextBuffer;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.sample.Solution;
import dev.tmi.engine.task.Task;
import dev.tmi.engine.task.TaskRegistry;
import dev.tmi.engine.variant.Variant;
import dev.tmi.engine.variant.Variants;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code tmi synth}: selects de-duplicated, train/eval-disjoint samples for every task, renders
 * each in every requested variant, and writes JSONL files with a manifest.
 *
 * <p>The output depends only on the configuration, never on the thread count: samples are drawn by
 * index, selected in index order, rendered in parallel chunks and written in order. Work goes to a
 * hidden staging directory beside the output ({@code .NAME.partial-HASH}); each finished stream is
 * recorded there, so running the same command after a kill resumes, and the output directory
 * appears only when everything is written.
 */
public final class Synthesizer {
  private static final int RENDER_CHUNK = 256;
  private static final String PROGRESS = ".progress.jsonl";

  private final TaskRegistry registry;

  public Synthesizer(TaskRegistry registry) {
    this.registry = registry;
  }

  /** A task with the variants it renders. */
  private record Job(Task<?> task, List<Variant> variants) {}

  /**
   * Runs a synthesis job.
   *
   * @throws IllegalArgumentException for a bad configuration (unknown task or variant, an output
   *     directory that is not empty), before anything is written
   */
  public Manifest run(SynthConfig config, SynthListener listener)
      throws IOException, InterruptedException {
    List<String> skipped = new ArrayList<>();
    List<Job> jobs = plan(config, skipped);
    Path out = config.out().toAbsolutePath().normalize();
    OutputStaging.requireFresh(out);
    Map<String, Object> configJson = configJson(config);
    String hash = sha256(SampleJson.MAPPER.writeValueAsBytes(configJson)).substring(0, 12);
    Path staging = OutputStaging.open(out, hash);
    Map<String, List<Manifest.FileEntry>> done = readProgress(staging.resolve(PROGRESS));

    ExecutorService pool =
        Executors.newFixedThreadPool(config.threads(), OutputStaging.daemonThreads("tmi-synth"));
    try {
      Selector selector = new Selector(pool, config.threads(), config.seed(), config.dedup());
      Map<String, List<Selection>> selections = new LinkedHashMap<>();
      long total = 0;
      for (Job job : jobs) {
        listener.phase("selecting " + job.task().info().id());
        List<Selection> sel =
            selector.selectTask(job.task(), config.eval(), config.train(), config.mix());
        selections.put(job.task().info().id(), sel);
        for (Selection s : sel) {
          if (!done.containsKey(streamKey(job, s))) {
            total += (long) sliceSize(config, s) * job.variants().size();
          }
        }
      }
      listener.started(total);
      List<Manifest.FileEntry> files = new ArrayList<>();
      Map<String, Map<String, Selection.Stats>> stats = new LinkedHashMap<>();
      for (Job job : jobs) {
        String id = job.task().info().id();
        Map<String, Selection.Stats> perStream = new LinkedHashMap<>();
        for (Selection sel : selections.get(id)) {
          perStream.put(sel.name(), sel.stats());
          String key = streamKey(job, sel);
          List<Manifest.FileEntry> written = done.get(key);
          if (written == null || !stillThere(staging, written)) {
            listener.phase("rendering " + id + " " + sel.name());
            written = render(job, sel, config, staging, pool, listener);
            appendProgress(staging.resolve(PROGRESS), key, written);
          }
          files.addAll(written);
        }
        stats.put(id, perStream);
      }
      Manifest manifest =
          new Manifest(
              Version.identity(), configJson, config.shard().toString(), files, stats, skipped);
      writeAtomically(
          staging.resolve("manifest.json"),
          SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
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

  private List<Job> plan(SynthConfig config, List<String> skipped) {
    List<Job> jobs = new ArrayList<>();
    Map<String, Boolean> variantSeen = new LinkedHashMap<>();
    config.variants().forEach(v -> variantSeen.put(v, false));
    for (String id : config.tasks()) {
      Task<?> task = registry.get(id);
      List<Variant> vs = new ArrayList<>();
      for (String v : config.variants()) {
        Variant found =
            TaskRegistry.variants(task).stream()
                .filter(x -> x.id().equals(v))
                .findFirst()
                .orElse(null);
        if (found == null) {
          skipped.add(id + ": " + v);
        } else {
          vs.add(found);
          variantSeen.put(v, true);
        }
      }
      if (!vs.isEmpty()) {
        jobs.add(new Job(task, vs));
      }
    }
    for (Map.Entry<String, Boolean> e : variantSeen.entrySet()) {
      if (!e.getValue()) {
        throw new IllegalArgumentException(
            "unknown variant '"
                + e.getKey()
                + "' for the chosen tasks; built-in variants: "
                + String.join(", ", Variants.BUILT_IN.stream().map(Variant::id).toList()));
      }
    }
    return jobs;
  }

  private static Map<String, Object> configJson(SynthConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tasks", c.tasks());
    m.put("train", c.train());
    m.put("eval", c.eval());
    m.put("mix", c.mix().toString());
    m.put("variants", c.variants());
    m.put("seed", c.seed());
    m.put("shard", c.shard().toString());
    m.put("think", c.think());
    m.put("dedup", c.dedup().name().toLowerCase(java.util.Locale.ROOT));
    m.put("format", Version.FORMAT);
    return m;
  }

  private static String streamKey(Job job, Selection s) {
    return job.task().info().id() + "/" + s.name();
  }

  private static int sliceSize(SynthConfig c, Selection s) {
    return c.shard().to(s.size()) - c.shard().from(s.size());
  }

  private static String fileName(Selection s) {
    return s.name() + ".jsonl";
  }

  private static String splitOf(Selection s) {
    return s.training() ? "train" : s.name().substring("eval-".length());
  }

  // ---- rendering ----

  private List<Manifest.FileEntry> render(
      Job job,
      Selection sel,
      SynthConfig config,
      Path staging,
      ExecutorService pool,
      SynthListener listener)
      throws IOException, InterruptedException {
    Task<?> task = job.task();
    List<Variant> variants = job.variants();
    int from = config.shard().from(sel.size());
    int to = config.shard().to(sel.size());
    int nv = variants.size();
    FileChannel[] channels = new FileChannel[nv];
    MessageDigest[] digests = new MessageDigest[nv];
    Path[] paths = new Path[nv];
    long[] bytes = new long[nv];
    try {
      for (int v = 0; v < nv; v++) {
        Path rel = Path.of(task.info().id(), variants.get(v).id(), fileName(sel));
        paths[v] = staging.resolve(rel);
        Files.createDirectories(paths[v].getParent());
        channels[v] =
            FileChannel.open(
                tmp(paths[v]),
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        digests[v] = newDigest();
      }
      Deque<Pending> inFlight = new ArrayDeque<>();
      // Chunk buffers come back here once written, so a job reuses a handful of them instead of
      // allocating (and zeroing) megabytes per chunk and growing each one by copies.
      Queue<Bytes> spare = new ConcurrentLinkedQueue<>();
      int next = from;
      int window = config.threads() * 3;
      while (next < to || !inFlight.isEmpty()) {
        while (next < to && inFlight.size() < window) {
          int a = next;
          int b = Math.min(to, a + RENDER_CHUNK);
          inFlight.add(
              new Pending(
                  pool.submit(() -> renderChunk(task, sel, a, b, variants, config, spare)), b - a));
          next = b;
        }
        Bytes[] chunk;
        Pending head = inFlight.poll();
        try {
          chunk = head.result().get();
        } catch (ExecutionException e) {
          inFlight.forEach(f -> f.result().cancel(true));
          throw new IllegalStateException(
              "task " + task.info().id() + " failed while rendering: " + e.getCause(),
              e.getCause());
        }
        long written = 0;
        for (int v = 0; v < nv; v++) {
          Bytes buf = chunk[v];
          digests[v].update(buf.array(), 0, buf.length());
          ByteBuffer bb = ByteBuffer.wrap(buf.array(), 0, buf.length());
          while (bb.hasRemaining()) {
            channels[v].write(bb);
          }
          bytes[v] += buf.length();
          written += buf.length();
          spare.add(buf);
        }
        listener.progress((long) head.samples() * nv, written);
      }
      List<Manifest.FileEntry> entries = new ArrayList<>();
      for (int v = 0; v < nv; v++) {
        channels[v].force(false);
        channels[v].close();
        Files.move(tmp(paths[v]), paths[v], StandardCopyOption.ATOMIC_MOVE);
        entries.add(
            new Manifest.FileEntry(
                staging.relativize(paths[v]).toString().replace('\\', '/'),
                task.info().id(),
                splitOf(sel),
                variants.get(v).id(),
                to - from,
                bytes[v],
                HexFormat.of().formatHex(digests[v].digest())));
      }
      return entries;
    } finally {
      for (FileChannel c : channels) {
        if (c != null && c.isOpen()) {
          c.close();
        }
      }
    }
  }

  /** A chunk being rendered, and how many samples it holds. */
  private record Pending(Future<Bytes[]> result, int samples) {}

  private static Bytes[] renderChunk(
      Task<?> task,
      Selection sel,
      int from,
      int to,
      List<Variant> variants,
      SynthConfig config,
      Queue<Bytes> spare) {
    return renderTyped(task, sel, from, to, variants, config, spare);
  }

  static <I> Bytes[] renderTyped(
      Task<I> task,
      Selection sel,
      int from,
      int to,
      List<Variant> variants,
      SynthConfig config,
      Queue<Bytes> spare) {
    int nv = variants.size();
    Bytes[] out = new Bytes[nv];
    for (int v = 0; v < nv; v++) {
      Bytes reused = spare.poll();
      if (reused != null) {
        reused.reset();
        out[v] = reused;
      } else {
        out[v] = new Bytes(Math.min(8 << 20, (to - from) * 2048));
      }
    }
    TextBuffer scratch = TextBuffer.json();
    ValueJson values = new ValueJson(scratch);
    // The queries go into the lines as escaped text, written by the task's templates: a string
    // per query, escaped again into the line, had been a tenth of the small samples' time.
    TextBuffer baseQuery = TextBuffer.json();
    TextBuffer ownQuery = TextBuffer.json();
    // Each sample's answer and instance are written into the same two buffers: a new array for
    // each was an eighth of what synthesis allocated for the small samples of compare-numbers.
    Bytes answerJson = new Bytes(64);
    Bytes instance = new Bytes(256);
    String id = task.info().id();
    String cls = task.info().algorithmClass().id();
    String set = sel.training() ? "train" : "eval";
    boolean[] builtIn = new boolean[nv];
    TextBuffer[] cots = new TextBuffer[nv];
    // When a scribe can write every chain of thought asked for, it writes them all while the
    // algorithm runs; otherwise the run is recorded and each one rendered from the recording. The
    // text is the same either way.
    boolean scribe = true;
    List<Scribe.Page> pages = new ArrayList<>();
    for (int v = 0; v < nv; v++) {
      Variant variant = variants.get(v);
      builtIn[v] = Variants.builtIn(variant.id()).isPresent();
      cots[v] = TextBuffer.json();
      if (variant.hasCot()) {
        Optional<Scribe.View> view = variant.scribeView();
        scribe &= view.isPresent();
        if (view.isPresent()) {
          pages.add(new Scribe.Page(variant.format(), view.get(), cots[v]));
        }
      }
    }
    List<String> variantIds = new ArrayList<>(nv);
    for (Variant variant : variants) {
      variantIds.add(variant.id());
    }
    SampleLines lines = new SampleLines(id, cls, set, config.seed(), variantIds, scratch);
    // One scribe for every sample, restarted before each.
    Scribe writer = scribe ? new Scribe(pages) : null;
    for (int i = from; i < to; i++) {
      String stream = sel.drawStream(i);
      long index = sel.indices()[i];
      Drawn<I> d = Drawn.draw(task, config.seed(), stream, index, sel.splits()[i]);
      for (int v = 0; v < nv; v++) {
        cots[v].reset();
        if (config.think() && variants.get(v).hasCot()) {
          cots[v].append("<think>\n");
        }
      }
      Answer answer;
      if (writer != null) {
        writer.restart();
        answer = d.solve(writer);
        writer.requireHalted();
      } else {
        Solution sol = d.solve();
        answer = sol.answer();
        for (int v = 0; v < nv; v++) {
          variants.get(v).render(sol.trace().events(), cots[v]);
        }
      }
      baseQuery.reset();
      d.query(Variants.TAIL.id(), baseQuery);
      Map<String, Integer> lengths = task.lengths(d.instance());
      values.into(answer.json(), answerJson);
      values.into(d.instance(), instance);
      for (int v = 0; v < nv; v++) {
        Variant variant = variants.get(v);
        TextBuffer query = baseQuery;
        if (!builtIn[v]) {
          ownQuery.reset();
          d.query(variant.id(), ownQuery);
          query = ownQuery;
        }
        if (config.think() && variant.hasCot()) {
          cots[v].append("\n</think>");
        }
        lines.write(
            out[v],
            v,
            stream,
            sel.splits()[i],
            index,
            lengths,
            query,
            cots[v],
            answerJson,
            task.boxed(answer, d.instance(), variant.id()),
            instance);
      }
    }
    return out;
  }

  // ---- progress (resume) ----

  private static Map<String, List<Manifest.FileEntry>> readProgress(Path progress)
      throws IOException {
    Map<String, List<Manifest.FileEntry>> done = new LinkedHashMap<>();
    if (!Files.exists(progress)) {
      return done;
    }
    for (String line : Files.readAllLines(progress, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = SampleJson.MAPPER.readTree(line);
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (JsonNode f : n.get("files")) {
          files.add(SampleJson.MAPPER.treeToValue(f, Manifest.FileEntry.class));
        }
        done.put(n.get("stream").asText(), files);
      } catch (IOException | RuntimeException e) {
        // A line cut short by a kill: that stream is rendered again.
      }
    }
    return done;
  }

  private static boolean stillThere(Path staging, List<Manifest.FileEntry> files)
      throws IOException {
    for (Manifest.FileEntry f : files) {
      Path p = staging.resolve(f.path());
      if (!Files.exists(p) || Files.size(p) != f.bytes()) {
        return false;
      }
    }
    return true;
  }

  private static void appendProgress(Path progress, String key, List<Manifest.FileEntry> files)
      throws IOException {
    ObjectNode n = SampleJson.MAPPER.createObjectNode();
    n.put("stream", key);
    n.set("files", SampleJson.MAPPER.valueToTree(files));
    byte[] line = (SampleJson.MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
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

  // ---- small helpers ----

  /** Writes a file through a temporary sibling and an atomic rename. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    Path tmp = tmp(target);
    Files.write(tmp, content);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path tmp(Path p) {
    return p.resolveSibling(p.getFileName() + ".tmp");
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] data) {
    return HexFormat.of().formatHex(newDigest().digest(data));
  }
}
