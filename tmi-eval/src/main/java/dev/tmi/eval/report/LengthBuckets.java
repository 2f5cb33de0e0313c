package dev.tmi.eval.report;

import dev.tmi.eval.score.ScoreRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples grouped by execution length (reference steps) into up to five buckets of about equal
 * size, with the share of each first-error type per bucket.
 *
 * @param labels bucket labels, e.g. {@code 12-30}
 * @param series error kind to the percentage of the bucket's samples
 */
record LengthBuckets(List<String> labels, Map<String, List<Double>> series) {

  static LengthBuckets of(List<ScoreRecord> records) {
    int[] steps = records.stream().mapToInt(ScoreRecord::referenceSteps).sorted().toArray();
    List<int[]> ranges = new ArrayList<>();
    int buckets = Math.min(5, Math.max(1, steps.length));
    int lo = steps.length == 0 ? 0 : steps[0];
    for (int b = 1; b <= buckets && steps.length > 0; b++) {
      int hi = steps[Math.min(steps.length - 1, (int) ((long) b * steps.length / buckets) - 1)];
      if (hi < lo) {
        continue;
      }
      ranges.add(new int[] {lo, hi});
      lo = hi + 1;
    }
    List<String> labels = new ArrayList<>();
    for (int[] r : ranges) {
      labels.add(r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "-" + r[1]);
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (String k : ReportWriter.ERROR_KINDS) {
      List<Double> l = new ArrayList<>();
      ranges.forEach(r -> l.add(0.0));
      series.put(k, l);
    }
    int[] count = new int[ranges.size()];
    for (ScoreRecord s : records) {
      int i = bucket(ranges, s.referenceSteps());
      if (i < 0) {
        continue;
      }
      count[i]++;
      String kind = ReportWriter.errorKind(s);
      if (kind != null) {
        List<Double> l = series.get(kind);
        l.set(i, l.get(i) + 1);
      }
    }
    for (List<Double> l : series.values()) {
      for (int i = 0; i < l.size(); i++) {
        l.set(i, count[i] == 0 ? 0 : 100 * l.get(i) / count[i]);
      }
    }
    if (labels.isEmpty()) {
      labels.add("none");
      series.values().forEach(l -> l.add(0.0));
    }
    return new LengthBuckets(labels, series);
  }

  private static int bucket(List<int[]> ranges, int v) {
    for (int i = 0; i < ranges.size(); i++) {
      if (v >= ranges.get(i)[0] && v <= ranges.get(i)[1]) {
        return i;
      }
    }
    return -1;
  }
}
