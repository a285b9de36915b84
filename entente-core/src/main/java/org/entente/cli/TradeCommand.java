package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.query.Dossier;
import org.entente.query.Labels;
import org.entente.resolve.Disagreement;
import org.entente.resolve.Entity;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente trade A B}: bilateral trade by year, the disputed years and the targets. */
@Command(
    name = "trade",
    mixinStandardHelpOptions = true,
    description = "Bilateral trade by year with its sources, disputed years marked, and the targets set.")
final class TradeCommand implements Callable<Integer> {

  @Mixin PairOptions pair;
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Store opened = store.open()) {
      Dossier d = pair.open(opened);
      ViewPrinter p = new ViewPrinter(spec.commandLine().getOut(), json);
      for (Dossier.TradeYear y : d.trade()) {
        String label = Labels.usd(y.trade().args().get("value_usd"));
        for (Disagreement dis : y.trade().disagreements()) {
          label += "  DISPUTED: " + dis.sides().stream()
              .map(s -> Labels.usd(Double.parseDouble(s.value())) + " (" + s.claims().stream().map(c -> c.doc()).distinct().toList() + ")")
              .reduce((a, b) -> a + " vs " + b).orElse("");
        }
        p.item(Integer.toString(y.year()), "trade " + label, y.trade());
      }
      for (Entity t : d.targets()) {
        p.item(t.start(), "target " + Labels.usd(t.args().get("value_usd")), t);
      }
      p.finish();
    }
    return 0;
  }
}
