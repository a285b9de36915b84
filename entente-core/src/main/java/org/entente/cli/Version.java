package org.entente.cli;

import picocli.CommandLine;

/** The version, from the jar's manifest when packaged. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"entente " + (version == null ? "(development build)" : version)};
  }
}
