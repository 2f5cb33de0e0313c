package dev.tmi.engine.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small maps that keep the order their entries are given in (lengths, documented fields). */
public final class Ordered {
  private Ordered() {}

  /** An ordered map of 1 entry. */
  public static <V> Map<String, V> map(String k1, V v1) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    return Collections.unmodifiableMap(m);
  }

  /** An ordered map of 2 entries. */
  public static <V> Map<String, V> map(String k1, V v1, String k2, V v2) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return Collections.unmodifiableMap(m);
  }

  /** An ordered map of 3 entries. */
  public static <V> Map<String, V> map(String k1, V v1, String k2, V v2, String k3, V v3) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    return Collections.unmodifiableMap(m);
  }

  /** An ordered map of 4 entries. */
  public static <V> Map<String, V> map(
      String k1, V v1, String k2, V v2, String k3, V v3, String k4, V v4) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    m.put(k4, v4);
    return Collections.unmodifiableMap(m);
  }

  /** An ordered map of 5 entries. */
  public static <V> Map<String, V> map(
      String k1, V v1, String k2, V v2, String k3, V v3, String k4, V v4, String k5, V v5) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    m.put(k4, v4);
    m.put(k5, v5);
    return Collections.unmodifiableMap(m);
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
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    m.put(k4, v4);
    m.put(k5, v5);
    m.put(k6, v6);
    return Collections.unmodifiableMap(m);
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
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    m.put(k4, v4);
    m.put(k5, v5);
    m.put(k6, v6);
    m.put(k7, v7);
    return Collections.unmodifiableMap(m);
  }
}
