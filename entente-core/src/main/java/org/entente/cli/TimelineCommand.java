package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.query.Dossier;
import org.entente.query.Event;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente timeline A B}: the chronology of the relations, each event with its sources. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "The chronology of two countries' relations: visits, talks, signings, sessions; each with its sources.")
final class TimelineCommand implements Callable<Integer> {

  @Mixin PairOptions pair;
  @Mixin StoreOptions store;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type (visit, talks, agreement, ...).")
  String type;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Store opened = store.open()) {
      Dossier d = pair.open(opened);
      ViewPrinter p = new ViewPrinter(spec.commandLine().getOut(), json);
      for (Event e : d.timeline()) {
        if (type == null || type.equals(e.kind())) {
          p.item(e.end() == null ? e.start() : e.start() + "/" + e.end(), e.label(), e.entity());
        }
      }
      p.finish();
    }
    return 0;
  }
}
