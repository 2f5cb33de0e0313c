package dev.tmi.engine.task;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Small immutable maps that keep the order their entries are given in (lengths, documented fields).
 * Every sample has its lengths in one, and a linked hash map behind an unmodifiable view had been a
 * few percent of writing a small sample; these hold their keys and values in two arrays.
 */
public final class Ordered {
  private Ordered() {}

  /** An ordered map of 1 entry. */
  public static <V> Map<String, V> map(String k1, V v1) {
    return new Small<>(new String[] {k1}, new Object[] {v1});
  }

  /** An ordered map of 2 entries. */
  public static <V> Map<String, V> map(String k1, V v1, String k2, V v2) {
    return new Small<>(new String[] {k1, k2}, new Object[] {v1, v2});
  }

  /** An ordered map of 3 entries. */
  public static <V> Map<String, V> map(String k1, V v1, String k2, V v2, String k3, V v3) {
    return new Small<>(new String[] {k1, k2, k3}, new Object[] {v1, v2, v3});
  }

  /** An ordered map of 4 entries. */
  public static <V> Map<String, V> map(
      String k1, V v1, String k2, V v2, String k3, V v3, String k4, V v4) {
    return new Small<>(new String[] {k1, k2, k3, k4}, new Object[] {v1, v2, v3, v4});
  }

  /** An ordered map of 5 entries. */
  public static <V> Map<String, V> map(
      String k1, V v1, String k2, V v2, String k3, V v3, String k4, V v4, String k5, V v5) {
    return new Small<>(new String[] {k1, k2, k3, k4, k5}, new Object[] {v1, v2, v3, v4, v5});
  }

  /** An ordered map of 6 entries. */
  public static <V> Map<String, V> map(
      String k1,
      V v1,
      String k2,
      V v2,
      String k3,
      V v3,
      String k4,
      V v4,
      String k5,
      V v5,
      String k6,
      V v6) {
    return new Small<>(
        new String[] {k1, k2, k3, k4, k5, k6}, new Object[] {v1, v2, v3, v4, v5, v6});
  }

  /** An ordered map of 7 entries. */
  public static <V> Map<String, V> map(
      String k1,
      V v1,
      String k2,
      V v2,
      String k3,
      V v3,
      String k4,
      V v4,
      String k5,
      V v5,
      String k6,
      V v6,
      String k7,
      V v7) {
    return new Small<>(
        new String[] {k1, k2, k3, k4, k5, k6, k7}, new Object[] {v1, v2, v3, v4, v5, v6, v7});
  }

  /**
   * Keys and values in order. Lookups scan the keys: a handful of them, and most uses iterate.
   *
   * @throws IllegalArgumentException if a key is given twice
   * @throws NullPointerException if a key is null
   */
  private static final class Small<V> extends AbstractMap<String, V> {
    private final String[] keys;
    private final Object[] values;

    Small(String[] keys, Object[] values) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == null) {
          throw new NullPointerException("key " + i);
        }
        for (int j = 0; j < i; j++) {
          if (keys[j].equals(keys[i])) {
            throw new IllegalArgumentException("duplicate key: " + keys[i]);
          }
        }
      }
      this.keys = keys;
      this.values = values;
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public V get(Object key) {
      int i = indexOf(key);
      return i < 0 ? null : value(i);
    }

    private int indexOf(Object key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
      return (V) values[i];
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return keys.length;
        }

        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            public Entry<String, V> next() {
              if (next >= keys.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(keys[i], value(i));
            }
          };
        }
      };
    }
  }
}
