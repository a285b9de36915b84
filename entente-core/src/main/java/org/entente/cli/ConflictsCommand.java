package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.query.Dossier;
import org.entente.query.Dossiers;
import org.entente.query.Names;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente conflicts [A B]}: where sources disagree, each side with its documents. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = "Where the sources disagree (dates of one agreement, trade figures of one year...), for one pair or all.")
final class ConflictsCommand implements Callable<Integer> {

  @Parameters(arity = "0..2", paramLabel = "COUNTRY", description = "Two countries; none for every pair.")
  List<String> countries = new ArrayList<>();

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (countries.size() == 1) {
      throw new IllegalArgumentException("give two countries, or none for every pair");
    }
    try (Store opened = store.open()) {
      Dossiers dossiers = new Dossiers(opened, new Names(Dictionaries.builtin()));
      List<String[]> pairs = new ArrayList<>();
      if (countries.isEmpty()) {
        for (String known : opened.knowledge().pairs()) {
          String[] ab = known.split("-");
          if (ab.length == 2 && ab[0].length() == 2 && ab[1].length() == 2) {
            pairs.add(ab);
          }
        }
      } else {
        pairs.add(new String[] {countries.get(0), countries.get(1)});
      }
      ViewPrinter p = new ViewPrinter(spec.commandLine().getOut(), json);
      for (String[] ab : pairs) {
        Dossier d = dossiers.open(ab[0], ab[1], null);
        for (Dossier.Conflict c : d.conflicts()) {
          String sides = c.disagreement().sides().stream()
              .map(s -> s.value() + " " + s.claims().stream().map(x -> x.doc()).distinct().toList())
              .reduce((x, y) -> x + " vs " + y).orElse("");
          p.item(c.entity().start(), d.a() + "-" + d.b() + " " + c.disagreement().about() + " of "
              + d.labels().of(c.entity()) + ": " + sides, c.entity());
        }
      }
      p.finish();
    }
    return 0;
  }
}
