package dev.tmi.engine.verify;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;
import java.util.ArrayList;
import java.util.List;

/** Cuts an event list into atomic steps: each step starts at a {@link State}. */
final class Steps {
  private Steps() {}

  /** The start index of every step; events before the first state form a step of their own. */
  static List<Integer> starts(List<Event> events) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof State || (i == 0)) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** The events of step {@code k}. */
  static List<Event> step(List<Event> events, List<Integer> starts, int k) {
    int from = starts.get(k);
    int to = k + 1 < starts.size() ? starts.get(k + 1) : events.size();
    return events.subList(from, to);
  }

  /** The step holding event {@code index} (the step of the last event before it, for a gap). */
  static int stepOf(List<Integer> starts, int index) {
    int lo = 0;
    int hi = starts.size() - 1;
    int ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts.get(mid) <= index) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }
}
