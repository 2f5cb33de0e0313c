package dev.tmi.lab.eval;

import dev.tmi.lab.experiment.Trained;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A self-contained HTML report of lab runs: accuracy per split and model, step accuracy, the
 * training loss curves (PNG charts, embedded and also written beside the page), and the
 * configurations and wall times.
 */
public final class LabReport {
  private LabReport() {}

  /**
   * Writes {@code report.html} (and the chart PNGs) into {@code dir}.
   *
   * @return the report file
   */
  public static Path write(
      Path dir, String title, List<String> notes, List<EvalResult> results, List<Trained> trainings)
      throws IOException {
    Files.createDirectories(dir);
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append(
            "</title><style>body{font-family:sans-serif;max-width:960px;"
                + "margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid"
                + " #ccc;padding:4px 8px;text-align:right}th{background:#eee}td:first-child{text-align:"
                + "left}img{max-width:100%}code{background:#f4f4f4}</style></head><body>");
    h.append("<h1>").append(esc(title)).append("</h1>");
    for (String n : notes) {
      h.append("<p>").append(esc(n)).append("</p>");
    }
    h.append("<h2>Accuracy (boxed answer) and step accuracy</h2><table><tr><th>model</th>");
    for (String s : List.of("S", "M", "L")) {
      h.append("<th>").append(s).append(" acc</th><th>").append(s).append(" steps</th>");
    }
    h.append("<th>eval s</th></tr>");
    for (EvalResult r : results) {
      h.append("<tr><td>").append(esc(r.model())).append("</td>");
      for (String s : List.of("S", "M", "L")) {
        SplitScore sc = r.splits().get(s);
        if (sc == null) {
          h.append("<td>-</td><td>-</td>");
        } else {
          h.append(
              String.format(
                  Locale.ROOT,
                  "<td>%.1f%% (%d/%d)</td><td>%.2f</td>",
                  100 * sc.accuracy(),
                  sc.correct(),
                  sc.n(),
                  sc.stepAccuracy()));
        }
      }
      h.append(String.format(Locale.ROOT, "<td>%.0f</td></tr>", r.seconds()));
    }
    h.append("</table>");
    if (!results.isEmpty()) {
      h.append(image(dir, "accuracy.png", accuracyChart(results)));
    }
    if (!trainings.isEmpty()) {
      h.append(
          "<h2>Training</h2><table><tr><th>model</th><th>params</th><th>steps</th>"
              + "<th>tokens</th><th>examples</th><th>final loss</th><th>train s</th></tr>");
      for (Trained t : trainings) {
        var m = t.meta();
        var losses = m.losses();
        double last = losses.isEmpty() ? Double.NaN : losses.get(losses.size() - 1)[1];
        h.append(
            String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%,d</td><td>%d</td><td>%,d</td><td>%d</td><td>%.4f</td>"
                    + "<td>%.0f</td></tr>",
                esc(m.task() + "/" + m.variant()),
                m.model().parameterCount(),
                m.step(),
                m.tokensSeen(),
                t.examples(),
                last,
                m.seconds()));
      }
      h.append("</table>");
      h.append(image(dir, "loss.png", lossChart(trainings)));
      h.append("<h3>Configurations</h3>");
      for (Trained t : trainings) {
        h.append("<p><code>")
            .append(esc(t.meta().task() + "/" + t.meta().variant()))
            .append("</code>: ")
            .append(esc(t.meta().model().toString()))
            .append("; ")
            .append(esc(t.meta().train().toString()))
            .append("; checkpoint <code>")
            .append(esc(t.dir().toString()))
            .append("</code></p>");
      }
    }
    h.append("</body></html>\n");
    Path file = dir.resolve("report.html");
    Synthesizer.writeAtomically(file, h.toString().getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static CategoryChart accuracyChart(List<EvalResult> results) {
    CategoryChart c =
        new CategoryChartBuilder()
            .width(800)
            .height(400)
            .title("Accuracy by length split")
            .xAxisTitle("split")
            .yAxisTitle("accuracy %")
            .build();
    c.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (EvalResult r : results) {
      List<String> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      r.splits()
          .forEach(
              (s, sc) -> {
                xs.add(s);
                ys.add(100 * sc.accuracy());
              });
      // The chart library refuses two series of one name (two evaluations of one model).
      int k = seen.merge(r.model(), 1, Integer::sum);
      c.addSeries(k == 1 ? r.model() : r.model() + " (" + k + ")", xs, ys);
    }
    return c;
  }

  private static XYChart lossChart(List<Trained> trainings) {
    XYChart c =
        new XYChartBuilder()
            .width(800)
            .height(400)
            .title("Training loss")
            .xAxisTitle("step")
            .yAxisTitle("loss (nats/token)")
            .build();
    c.getStyler().setYAxisLogarithmic(true);
    for (Trained t : trainings) {
      var l = t.meta().losses();
      if (l.isEmpty()) {
        continue;
      }
      double[] x = new double[l.size()];
      double[] y = new double[l.size()];
      for (int i = 0; i < l.size(); i++) {
        x[i] = l.get(i)[0];
        y[i] = Math.max(1e-6, l.get(i)[1]);
      }
      c.addSeries(t.meta().task() + "/" + t.meta().variant() + " " + t.dir().getFileName(), x, y)
          .setMarker(SeriesMarkers.NONE);
    }
    return c;
  }

  private static String image(Path dir, String name, Chart<?, ?> chart) throws IOException {
    byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    Synthesizer.writeAtomically(dir.resolve(name), png);
    return "<p><img alt=\""
        + name
        + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png)
        + "\"></p>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
