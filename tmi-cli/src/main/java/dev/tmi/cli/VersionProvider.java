package dev.tmi.cli;

import dev.tmi.synth.Version;
import picocli.CommandLine;

/** Prints the software and trace-format versions. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"tmi " + Version.software() + " (trace format " + Version.FORMAT + ")"};
  }
}
