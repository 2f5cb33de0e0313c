package dev.tmi.engine.trace;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A growable list of events in an {@code Event[]} of its own, for the recorder and the parsers that
 * fill one: the verifier copies traces into arrays, and copying an {@code ArrayList}'s {@code
 * Object[]} into an {@code Event[]} checks the type of every element, while a copy between {@code
 * Event[]}s does not. Only its owner changes it, until it hands it over.
 */
public final class EventList extends AbstractList<Event> implements RandomAccess {
  private Event[] events;
  private int size;

  /** An empty list with room for {@code capacity} events. */
  public EventList(int capacity) {
    events = new Event[Math.max(8, capacity)];
  }

  @Override
  public boolean add(Event e) {
    if (size == events.length) {
      events = Arrays.copyOf(events, size * 2);
    }
    events[size++] = e;
    return true;
  }

  /** Adds {@code from[start, end)}. */
  public void addRange(Event[] from, int start, int end) {
    int n = end - start;
    if (size + n > events.length) {
      events = Arrays.copyOf(events, Math.max(size * 2, size + n));
    }
    System.arraycopy(from, start, events, size, n);
    size += n;
  }

  @Override
  public Event get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return events[index];
  }

  @Override
  public Event remove(int index) {
    Event e = get(index);
    System.arraycopy(events, index + 1, events, index, size - index - 1);
    events[--size] = null;
    return e;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(events, size, Object[].class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T[] toArray(T[] a) {
    if (a.length < size) {
      return (T[]) Arrays.copyOf(events, size, a.getClass());
    }
    System.arraycopy(events, 0, a, 0, size);
    if (a.length > size) {
      a[size] = null;
    }
    return a;
  }
}
