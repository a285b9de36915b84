package org.entente.cli;

import org.entente.query.Dossier;
import org.entente.query.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente timeline A B}: the chronology of the relations, each event with its sources. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "The chronology of two countries' relations: visits, talks, signings, sessions; each with its sources.")
final class TimelineCommand extends PairViewCommand {

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type (visit, talks, agreement, ...).")
  String type;

  @Override
  void print(Dossier d, ViewPrinter p) {
    for (Event e : d.timeline()) {
      if (type == null || type.equals(e.kind())) {
        p.item(e.end() == null ? e.start() : e.start() + "/" + e.end(), e.label(), e.entity());
      }
    }
  }
}
