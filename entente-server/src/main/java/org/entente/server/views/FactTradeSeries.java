package org.entente.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.server.model.FactView;

/** A trade series from the trade_volume and trade_target facts. */
final class FactTradeSeries implements TradeSeries {

  /** Figures of one year that differ by more than this ratio conflict. */
  static final double TOLERANCE = 0.02;

  private final List<TradeYear> years;
  private final List<TradeFigure> targets;

  FactTradeSeries(List<FactView> facts) {
    Map<Integer, List<TradeFigure>> byYear = new TreeMap<>();
    List<TradeFigure> goals = new ArrayList<>();
    for (FactView f : facts) {
      Double value = f.number("value_usd");
      if (value == null || value <= 0) {
        continue;
      }
      String date = f.when() == null ? null : f.when().first();
      TradeFigure figure = new TradeFigure(value, f.text("qualifier"), date, Mention.of(f));
      if (f.type().equals("trade_volume") && f.year() != null) {
        byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(figure);
      } else if (f.type().equals("trade_target")) {
        goals.add(figure);
      }
    }
    List<TradeYear> out = new ArrayList<>();
    byYear.forEach((year, figures) -> out.add(year(year, figures)));
    this.years = List.copyOf(out);
    goals.sort(Comparator.comparingDouble(TradeFigure::valueUsd).thenComparingLong(t -> t.mention().fact()));
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

  private static TradeYear year(int year, List<TradeFigure> figures) {
    double min = figures.stream().mapToDouble(TradeFigure::valueUsd).min().orElseThrow();
    double max = figures.stream().mapToDouble(TradeFigure::valueUsd).max().orElseThrow();
    boolean conflict = max > min * (1 + TOLERANCE);
    // The value of the largest group of figures agreeing within the tolerance; ties to the smaller.
    double best = figures.get(0).valueUsd();
    int bestCount = 0;
    for (TradeFigure candidate : figures) {
      int count = 0;
      for (TradeFigure other : figures) {
        if (agree(candidate.valueUsd(), other.valueUsd())) {
          count++;
        }
      }
      if (count > bestCount || (count == bestCount && candidate.valueUsd() < best)) {
        best = candidate.valueUsd();
        bestCount = count;
      }
    }
    return new TradeYear(year, best, conflict, figures);
  }

  static boolean agree(double a, double b) {
    return Math.max(a, b) <= Math.min(a, b) * (1 + TOLERANCE);
  }
}
