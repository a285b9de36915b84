package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.query.Dossier;
import org.entente.resolve.Entity;
import org.entente.store.Store;
import org.entente.text.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente agreements A B}: the registry of agreements, one line per agreement. */
@Command(
    name = "agreements",
    mixinStandardHelpOptions = true,
    description = "The agreements between two countries, each once however it is named, with its sources.")
final class AgreementsCommand implements Callable<Integer> {

  @Mixin PairOptions pair;
  @Mixin StoreOptions store;

  @Option(names = "--type", paramLabel = "DOC_TYPE", description = "Only this doc_type (treaty, agreement, memorandum, ...).")
  String docType;

  @Option(names = "--from", paramLabel = "DATE", description = "Only signed on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only signed on or before DATE.")
  String to;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String fromDate = from == null ? null : PartialDate.parse(from).toString();
    String toDate = to == null ? null : PartialDate.parse(to).toString();
    try (Store opened = store.open()) {
      Dossier d = pair.open(opened);
      ViewPrinter p = new ViewPrinter(spec.commandLine().getOut(), json);
      for (Entity e : d.agreements(docType, fromDate, toDate)) {
        String status = e.text("status") == null ? "" : " [" + e.text("status") + "]";
        p.item(e.start(), d.labels().of(e) + status + " — " + e.sources() + " source(s)", e);
      }
      p.finish();
    }
    return 0;
  }
}
