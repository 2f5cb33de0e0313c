package dev.tmi.lab.experiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmi.engine.sample.Drawn;
import dev.tmi.engine.task.Split;
import dev.tmi.lab.LabModel;
import dev.tmi.lab.data.Example;
import dev.tmi.lab.data.LabCodec;
import dev.tmi.synth.SampleJson;
import dev.tmi.synth.Synthesizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Attention heat maps of one sample, teacher-forced on its reference response: one PNG per chosen
 * layer and head, rows the response tokens (queries), columns every token (keys). Red marks on top:
 * the prompt cells the steps read (their {@code name=value} on the input tape). Left marks: green
 * for fetch lines, orange for operation lines, blue for write lines. {@code attention.json} gives,
 * per layer and head, the mean attention mass that each kind of line puts on the read prompt cells:
 * with the Memory Fetcher the fetch lines carry it and the operation lines look nearby; without it
 * the operation and write lines must reach back to the prompt (the paper's figure H1).
 */
public final class AttentionMaps {
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\[[0-9,\\]\\[]*\\])?");

  private AttentionMaps() {}

  /** Writes the maps; empty layer or head lists mean all. Returns the files written. */
  public static List<Path> write(
      Path checkpoint, Split split, int index, List<Integer> layers, List<Integer> heads, Path out)
      throws IOException {
    try (LabModel model = LabModel.load(checkpoint)) {
      if (model.codec() == null) {
        throw new IllegalArgumentException("task " + model.meta().task() + " is not available");
      }
      return writeTyped(model, model.codec(), split, index, layers, heads, out);
    }
  }

  private static <I> List<Path> writeTyped(
      LabModel model,
      LabCodec<I> codec,
      Split split,
      int index,
      List<Integer> layers,
      List<Integer> heads,
      Path out)
      throws IOException {
    Example ex = codec.example(Drawn.draw(codec.task(), 1, "eval-" + split.name(), index, split));
    int[] full = model.tokenizer().sequence(ex.prompt(), ex.response());
    int[] seq = java.util.Arrays.copyOf(full, full.length - 1);
    int t = seq.length;
    if (t > model.meta().model().maxLen()) {
      throw new IllegalArgumentException(
          "the sample has " + t + " tokens, over the model's " + model.meta().model().maxLen());
    }
    // Marks are found on characters and drawn on tokens (a tape name may be one token).
    int respStart = model.tokenizer().prefix(ex.prompt()).length;
    int[] promptTok = model.tokenizer().tokenIndex(ex.prompt());
    int[] respTok = model.tokenizer().tokenIndex(ex.response() + "\n");
    int heads0 = model.meta().model().heads();
    int layers0 = model.meta().model().layers();
    List<Integer> ls = layers.isEmpty() ? range(layers0) : layers;
    List<Integer> hs = heads.isEmpty() ? range(heads0) : heads;
    for (int l : ls) {
      if (l < 0 || l >= layers0) {
        throw new IllegalArgumentException("--layers: the model has layers 0-" + (layers0 - 1));
      }
    }
    for (int h : hs) {
      if (h < 0 || h >= heads0) {
        throw new IllegalArgumentException("--heads: the model has heads 0-" + (heads0 - 1));
      }
    }
    // Marks.
    boolean[] keyMark = new boolean[t];
    char[] rowKind = new char[t];
    String resp = ex.response();
    int pos = 0;
    for (String line : resp.split("\n", -1)) {
      char kind =
          line.contains(":=")
              ? 'w'
              : isFetch(line) ? 'f' : line.matches(".*[0-9].*[-+*/<>=].*") ? 'o' : ' ';
      for (int i = 0; i <= line.length() && respStart + respTok[pos + i] < t; i++) {
        rowKind[respStart + respTok[pos + i]] = kind;
      }
      Matcher m = NAME.matcher(line);
      while (m.find()) {
        markCell(ex.prompt(), promptTok, m.group(), keyMark);
      }
      pos += line.length() + 1;
    }
    float[][] probs = new float[layers0][];
    try (NDManager mgr = NDManager.newBaseManager();
        NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray tokens = mgr.create(seq, new Shape(1, t)).toType(DataType.INT64, false);
      List<NDArray> att = new ArrayList<>();
      model.transformer().forward(tokens, 0, null, att);
      for (int l = 0; l < layers0; l++) {
        probs[l] = att.get(l).toFloatArray();
      }
    }
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    ObjectNode summary = SampleJson.MAPPER.createObjectNode();
    summary.put("model", model.name());
    summary.put("prompt", ex.prompt());
    summary.put("response", ex.response());
    ArrayNode stats = summary.putArray("mass_on_read_cells");
    for (int l : ls) {
      for (int h : hs) {
        float[] p = probs[l];
        int base = h * t * t;
        Path f = out.resolve(String.format("attention-l%d-h%d.png", l, h));
        png(f, p, base, t, respStart, keyMark, rowKind);
        files.add(f);
        ObjectNode s = stats.addObject().put("layer", l).put("head", h);
        for (char kind : new char[] {'f', 'o', 'w'}) {
          double mass = 0;
          int rows = 0;
          for (int q = respStart; q < t; q++) {
            if (rowKind[q] != kind) {
              continue;
            }
            rows++;
            for (int k = 0; k <= q; k++) {
              if (keyMark[k]) {
                mass += p[base + q * t + k];
              }
            }
          }
          String key =
              kind == 'f' ? "fetch_lines" : kind == 'o' ? "operation_lines" : "write_lines";
          if (rows > 0) {
            s.put(key, mass / rows);
          } else {
            s.putNull(key);
          }
        }
      }
    }
    Path js = out.resolve("attention.json");
    Synthesizer.writeAtomically(
        js, SampleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
    files.add(js);
    return files;
  }

  private static boolean isFetch(String line) {
    if (line.isEmpty() || line.contains(":=")) {
      return false;
    }
    for (String part : line.split(",(?=[A-Za-z])")) {
      int eq = part.indexOf('=');
      if (eq <= 0 || !NAME.matcher(part.substring(0, eq)).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void markCell(String prompt, int[] promptTok, String name, boolean[] keyMark) {
    int from = 0;
    while (true) {
      int at = prompt.indexOf(name + "=", from);
      if (at < 0) {
        return;
      }
      boolean start = at == 0 || prompt.charAt(at - 1) == ',' || prompt.charAt(at - 1) == ';';
      if (start) {
        int end = at + name.length() + 1;
        while (end < prompt.length() && prompt.charAt(end) != ',' && prompt.charAt(end) != ';') {
          end++;
        }
        for (int i = at; i < end; i++) {
          keyMark[promptTok[i] + 1] = true; // +1: BOS comes first
        }
      }
      from = at + 1;
    }
  }

  private static void png(
      Path file, float[] p, int base, int t, int respStart, boolean[] keyMark, char[] rowKind)
      throws IOException {
    int rows = t - respStart;
    int cell = Math.max(1, Math.min(6, 1800 / Math.max(rows, t)));
    int margin = 8;
    int w = margin + t * cell;
    int h = margin + rows * cell;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    for (int k = 0; k < t; k++) {
      if (keyMark[k]) {
        g.setColor(Color.RED);
        g.fillRect(margin + k * cell, 0, cell, margin - 2);
      }
    }
    for (int r = 0; r < rows; r++) {
      int q = respStart + r;
      Color c =
          switch (rowKind[q]) {
            case 'f' -> new Color(0, 150, 0);
            case 'o' -> new Color(230, 140, 0);
            case 'w' -> Color.BLUE;
            default -> Color.WHITE;
          };
      g.setColor(c);
      g.fillRect(0, margin + r * cell, margin - 2, cell);
      for (int k = 0; k <= q; k++) {
        float v = p[base + q * t + k];
        int shade = 255 - (int) Math.round(255 * Math.sqrt(Math.max(0, Math.min(1, v))));
        if (shade < 255) {
          g.setColor(new Color(shade, shade, shade));
          g.fillRect(margin + k * cell, margin + r * cell, cell, cell);
        }
      }
    }
    g.setColor(new Color(120, 120, 255));
    g.drawLine(margin + (respStart - 1) * cell, margin, margin + (respStart - 1) * cell, h);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(img, "png", bytes);
    Synthesizer.writeAtomically(file, bytes.toByteArray());
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }
}
