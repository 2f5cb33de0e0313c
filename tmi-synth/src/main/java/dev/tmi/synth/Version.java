package dev.tmi.synth;

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
}
