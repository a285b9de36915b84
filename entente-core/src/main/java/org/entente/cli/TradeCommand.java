package org.entente.cli;

import org.entente.query.Dossier;
import org.entente.query.Labels;
import org.entente.resolve.Disagreement;
import org.entente.resolve.Entity;
import picocli.CommandLine.Command;

/** {@code entente trade A B}: bilateral trade by year, the disputed years and the targets. */
@Command(
    name = "trade",
    mixinStandardHelpOptions = true,
    description = "Bilateral trade by year with its sources, disputed years marked, and the targets set.")
final class TradeCommand extends PairViewCommand {

  @Override
  void print(Dossier d, ViewPrinter p) {
    for (Dossier.TradeYear y : d.trade()) {
      StringBuilder label = new StringBuilder("trade " + Labels.usd(y.trade().args().get("value_usd")));
      for (Disagreement dis : y.trade().disagreements()) {
        label.append("  DISPUTED: ");
        for (int i = 0; i < dis.sides().size(); i++) {
          Disagreement.Side s = dis.sides().get(i);
          label.append(i == 0 ? "" : " vs ").append(Labels.usd(Double.parseDouble(s.value())))
              .append(' ').append(s.claims().stream().map(c -> c.doc()).distinct().toList());
        }
      }
      p.item(Integer.toString(y.year()), label.toString(), y.trade());
    }
    for (Entity t : d.targets()) {
      p.item(t.start(), "target " + Labels.usd(t.args().get("value_usd")), t);
    }
  }
}
