package dev.tmi.synth;

import java.util.LinkedHashMap;
import java.util.Map;

/** The generator's identity, recorded in every manifest. */
public final class Version {
  private Version() {}

  /** The generator's name. */
  public static final String NAME = "tmi";

  /**
   * The trace-format version: bump it whenever the same configuration would produce different
   * bytes, so that manifests tell data sets apart.
   */
  public static final String FORMAT = "1";

  /** The software version, from the jar manifest when packaged. */
  public static String software() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /**
   * The generator's identity as a manifest records it: name, version, format, in that order (a
   * manifest's bytes must not depend on the run, and {@code Map.of}'s order does).
   */
  public static Map<String, String> identity() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", NAME);
    m.put("version", software());
    m.put("format", FORMAT);
    return m;
  }
}
