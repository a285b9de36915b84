package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.query.Dossier;
import org.entente.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A view of one pair's dossier, printed as text with sources or as JSON. */
abstract class PairViewCommand implements Callable<Integer> {

  @Mixin PairOptions pair;
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Checks the command's own options before the store is opened. */
  void validate() {}

  /** Prints the view of the dossier. */
  abstract void print(Dossier dossier, ViewPrinter printer);

  @Override
  public final Integer call() {
    validate();
    try (Store opened = store.open()) {
      ViewPrinter printer = new ViewPrinter(spec.commandLine().getOut(), json);
      print(pair.open(opened), printer);
      printer.finish();
    }
    return 0;
  }
}
