package org.entente.cli;

import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.query.Dossier;
import org.entente.query.Dossiers;
import org.entente.query.Names;
import org.entente.store.Store;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The pair of countries a view is about, and the date it is as of. */
final class PairOptions {

  @Parameters(index = "0", paramLabel = "A", description = "A country: ISO code (KZ) or English name.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The other country.")
  String second;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Only what documents published by DATE said about events up to DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  String asOf;

  Dossier open(Store store) {
    return new Dossiers(store, new Names(Dictionaries.builtin())).open(first, second, asOf);
  }
}
