package org.entente.server.web;

import java.util.List;
import java.util.Locale;
import org.entente.server.library.Current;
import org.entente.server.views.FactLabel;
import org.entente.server.views.TradeFigure;
import org.entente.server.views.TradeSeries;
import org.entente.server.views.TradeYear;

/** {@code /trade}: one pair's trade volume by year as an SVG chart, with targets and conflicting figures. */
final class TradePage {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 320;
  private static final int LEFT = 90;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private TradePage() {}

  static String render(Current current, String pair) {
    TradeSeries trade = current.views().trade(pair);
    Html h = new Html();
    PairLinks.write(h, current.views().pairs(), "/trade", pair);
    if (trade.years().isEmpty() && trade.targets().isEmpty()) {
      h.el("p", "No trade figures yet.");
      return Layout.page("Trade", "/trade", h);
    }
    if (pair != null) {
      h.el("p", "Bilateral trade " + pair.replace("-", " – "), "class", "count");
    }
    chart(h, trade.years(), trade.targets());
    h.el("h2", "Figures by year");
    h.open("table", "id", "trade-table").open("thead").open("tr");
    h.el("th", "Year").el("th", "Value").el("th", "Sources");
    h.close("tr").close("thead").open("tbody");
    for (TradeYear y : trade.years()) {
      h.open("tr", "id", "y-" + y.year(), "class", y.conflict() ? "conflict" : null);
      h.el("td", Integer.toString(y.year())).el("td", FactLabel.usd(y.valueUsd()) + (y.conflict() ? " (sources disagree)" : ""));
      h.open("td").open("ul");
      for (TradeFigure f : y.figures()) {
        h.open("li").link(f.mention().href(), FactLabel.usd(f.valueUsd()) + " — " + f.mention().doc(), "class", "fact").close("li");
      }
      h.close("ul").close("td").close("tr");
    }
    h.close("tbody").close("table");
    if (!trade.targets().isEmpty()) {
      h.el("h2", "Targets");
      h.open("ul", "class", "targets");
      for (TradeFigure t : trade.targets()) {
        h.open("li").link(t.mention().href(), FactLabel.usd(t.valueUsd()) + (t.date() == null ? "" : " by " + t.date()), "class", "fact")
            .el("blockquote", t.mention().quote() == null ? "" : t.mention().quote()).close("li");
      }
      h.close("ul");
    }
    return Layout.page("Trade", "/trade", h);
  }

  private static void chart(Html h, List<TradeYear> years, List<TradeFigure> targets) {
    int minYear = years.isEmpty() ? 2000 : years.get(0).year();
    int maxYear = years.isEmpty() ? 2000 : years.get(years.size() - 1).year();
    double max = 1;
    for (TradeYear y : years) {
      for (TradeFigure f : y.figures()) {
        max = Math.max(max, f.valueUsd());
      }
    }
    for (TradeFigure t : targets) {
      max = Math.max(max, t.valueUsd());
    }
    max *= 1.1;
    Scale s = new Scale(minYear - 0.5, maxYear + 0.5, max);
    h.open("svg", "id", "trade-chart", "class", "chart", "viewbox", "0 0 " + WIDTH + " " + HEIGHT,
        "role", "img", "aria-label", "Trade volume by year");
    h.open("line", "class", "axis", "x1", num(LEFT), "y1", num(s.y(0)), "x2", num(WIDTH - RIGHT), "y2", num(s.y(0))).close("line");
    h.open("line", "class", "axis", "x1", num(LEFT), "y1", num(TOP), "x2", num(LEFT), "y2", num(s.y(0))).close("line");
    for (double v : new double[] {0, max / 2, max}) {
      h.el("text", FactLabel.usd(v), "class", "tick", "x", num(LEFT - 6), "y", num(s.y(v) + 4), "text-anchor", "end");
    }
    int step = Math.max(1, (maxYear - minYear) / 12 + 1);
    for (int y = minYear; y <= maxYear; y += step) {
      h.el("text", Integer.toString(y), "class", "tick", "x", num(s.x(y)), "y", num(HEIGHT - BOTTOM + 18), "text-anchor", "middle");
    }
    for (TradeFigure t : targets) {
      double ty = s.y(t.valueUsd());
      h.open("a", "href", t.mention().href(), "class", "target");
      h.open("line", "class", "target", "x1", num(LEFT), "y1", num(ty), "x2", num(WIDTH - RIGHT), "y2", num(ty)).close("line");
      h.el("text", "target " + FactLabel.usd(t.valueUsd()) + (t.date() == null ? "" : " by " + t.date()),
          "class", "target-label", "x", num(WIDTH - RIGHT - 4), "y", num(ty - 4), "text-anchor", "end");
      h.close("a");
    }
    StringBuilder points = new StringBuilder();
    for (TradeYear y : years) {
      points.append(num(s.x(y.year()))).append(',').append(num(s.y(y.valueUsd()))).append(' ');
    }
    h.open("polyline", "class", "series", "points", points.toString().strip()).close("polyline");
    for (TradeYear y : years) {
      for (TradeFigure f : y.figures()) {
        // Within the tolerance of the retained figure, as the knowledge base judges agreement.
        boolean main = Math.abs(f.valueUsd() - y.valueUsd()) <= y.valueUsd() * 0.02;
        String cls = main ? "point" : "point conflict";
        h.open("a", "href", f.mention().href(), "class", cls, "data-year", Integer.toString(y.year()));
        h.open("circle", "cx", num(s.x(y.year())), "cy", num(s.y(f.valueUsd())), "r", main ? "5" : "6").open("title")
            .text(y.year() + ": " + FactLabel.usd(f.valueUsd()) + " (" + f.mention().doc() + ")" + (main ? "" : " — conflicts"))
            .close("title").close("circle");
        h.close("a");
      }
    }
    h.close("svg");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Years map to x with half a year of room at each end; values to y from zero. */
  private record Scale(double minYear, double maxYear, double max) {
    double x(int year) {
      return LEFT + (WIDTH - LEFT - RIGHT) * (year - minYear) / (maxYear - minYear);
    }

    double y(double value) {
      return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
    }
  }
}
