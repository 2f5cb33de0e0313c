package dev.tmi.engine.verify;

import dev.tmi.engine.trace.Event;
import dev.tmi.engine.trace.State;
import java.util.Arrays;

/** Cuts an event list into atomic steps: each step starts at a {@link State}. */
final class Steps {
  private Steps() {}

  /** The start index of every step; events before the first state form a step of their own. */
  static int[] starts(Event[] events) {
    int[] starts = new int[Math.max(8, events.length / 4)];
    int n = 0;
    for (int i = 0; i < events.length; i++) {
      if (i == 0 || events[i] instanceof State) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** How many steps {@link #starts} finds, without building the index. */
  static int count(Event[] events) {
    int n = 0;
    for (int i = 0; i < events.length; i++) {
      if (i == 0 || events[i] instanceof State) {
        n++;
      }
    }
    return n;
  }

  /** The step holding event {@code index} (the step of the last event before it, for a gap). */
  static int stepOf(int[] starts, int index) {
    int lo = 0;
    int hi = starts.length - 1;
    int ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= index) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }
}
