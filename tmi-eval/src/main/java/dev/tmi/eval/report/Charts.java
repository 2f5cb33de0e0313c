package dev.tmi.eval.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/** Draws the report's charts as PNG files with XChart. */
final class Charts {
  /** One colour per error category, so every chart reads the same. */
  static final Map<String, Color> ERROR_COLORS = new LinkedHashMap<>();

  static {
    // Headless: the report is drawn on servers and in CI without a display.
    System.setProperty("java.awt.headless", "true");
    ERROR_COLORS.put("format", new Color(0x8c, 0x56, 0x4b));
    ERROR_COLORS.put("fetch", new Color(0x1f, 0x77, 0xb4));
    ERROR_COLORS.put("compute", new Color(0xd6, 0x27, 0x28));
    ERROR_COLORS.put("transition", new Color(0x94, 0x67, 0xbd));
    ERROR_COLORS.put("answer", new Color(0xff, 0x7f, 0x0e));
    ERROR_COLORS.put("truncated", new Color(0x7f, 0x7f, 0x7f));
  }

  private Charts() {}

  /**
   * A chart of categories.
   *
   * @param series name to values, one per category (null for a gap)
   * @param lines lines instead of bars
   * @param stacked stacked bars
   */
  static CategoryChart category(
      String title,
      String xTitle,
      String yTitle,
      List<String> categories,
      Map<String, List<Double>> series,
      boolean lines,
      boolean stacked,
      Double yMax) {
    CategoryChart c =
        new CategoryChartBuilder()
            .width(900)
            .height(480)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    var st = c.getStyler();
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
    st.setStacked(stacked);
    st.setYAxisMin(0.0);
    if (yMax != null) {
      st.setYAxisMax(yMax);
    }
    st.setAvailableSpaceFill(0.8);
    st.setOverlapped(false);
    st.setDefaultSeriesRenderStyle(
        lines
            ? CategorySeries.CategorySeriesRenderStyle.Line
            : CategorySeries.CategorySeriesRenderStyle.Bar);
    for (var e : series.entrySet()) {
      List<Double> ys = new ArrayList<>(e.getValue());
      CategorySeries s = c.addSeries(e.getKey(), categories, ys);
      Color col = ERROR_COLORS.get(e.getKey());
      if (col != null) {
        s.setFillColor(col);
        s.setLineColor(col);
        s.setMarkerColor(col);
      }
    }
    return c;
  }

  /** Writes a chart as PNG. */
  static void png(CategoryChart c, Path file) throws IOException {
    byte[] b = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    Files.write(file, b);
  }
}
