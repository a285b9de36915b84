package org.entente.cli;

import org.entente.query.Dossier;
import org.entente.resolve.Entity;
import org.entente.text.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente agreements A B}: the registry of agreements, one line per agreement. */
@Command(
    name = "agreements",
    mixinStandardHelpOptions = true,
    description = "The agreements between two countries, each once however it is named, with its sources.")
final class AgreementsCommand extends PairViewCommand {

  @Option(names = "--type", paramLabel = "DOC_TYPE", description = "Only this doc_type (treaty, agreement, memorandum, ...).")
  String docType;

  @Option(names = "--from", paramLabel = "DATE", description = "Only signed on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only signed on or before DATE.")
  String to;

  @Override
  void validate() {
    from = from == null ? null : PartialDate.parse(from).toString();
    to = to == null ? null : PartialDate.parse(to).toString();
  }

  @Override
  void print(Dossier d, ViewPrinter p) {
    for (Entity e : d.agreements(docType, from, to)) {
      String status = e.text("status") == null ? "" : " [" + e.text("status") + "]";
      p.item(e.start(), d.labels().of(e) + status + " — " + e.sources() + " source(s)", e);
    }
  }
}
