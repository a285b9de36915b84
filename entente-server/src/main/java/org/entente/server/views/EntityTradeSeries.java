package org.entente.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.query.Dossier;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;

/**
 * The trade series of one pair from its dossier: a year per trade_volume entity, whose figures
 * conflict when the knowledge base records a disagreement about its value; targets from the
 * trade_target entities.
 */
final class EntityTradeSeries implements TradeSeries {

  private final List<TradeYear> years;
  private final List<TradeFigure> targets;

  EntityTradeSeries(Dossier dossier, Mentions mentions) {
    List<TradeYear> out = new ArrayList<>();
    for (Dossier.TradeYear y : dossier.trade()) {
      if (y.valueUsd() == null) {
        continue;
      }
      List<TradeFigure> figures = new ArrayList<>();
      for (Claim c : y.trade().claims()) {
        Double value = c.number("value_usd");
        if (value != null && value > 0) {
          figures.add(new TradeFigure(value, c.text("qualifier"), c.start(), mentions.of(c, c.quotes().get(0))));
        }
      }
      out.add(new TradeYear(y.year(), y.valueUsd(), y.disputed(), figures));
    }
    out.sort(Comparator.comparingInt(TradeYear::year));
    this.years = List.copyOf(out);
    List<TradeFigure> goals = new ArrayList<>();
    for (Entity t : dossier.targets()) {
      if (t.args().get("value_usd") instanceof Number n && n.doubleValue() > 0) {
        Claim first = t.claims().get(0);
        goals.add(new TradeFigure(n.doubleValue(), t.text("qualifier"), t.start(), mentions.of(first, first.quotes().get(0))));
      }
    }
    goals.sort(Comparator.comparingDouble(TradeFigure::valueUsd).thenComparing(g -> g.date() == null ? "" : g.date()));
    this.targets = List.copyOf(goals);
  }

  @Override
  public List<TradeYear> years() {
    return years;
  }

  @Override
  public List<TradeFigure> targets() {
    return targets;
  }
}
