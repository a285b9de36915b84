package org.entente.server.web;

import java.util.Map;
import org.entente.server.library.Current;
import org.entente.server.library.Overview;
import org.entente.server.views.FactLabel;
import org.entente.server.views.TimelineEntry;

/** {@code /}: the knowledge base at a glance, its main pair of countries first, with a link to its brief. */
final class OverviewPage {

  private OverviewPage() {}

  static String render(Current current) {
    Overview o = Overview.of(current);
    String pair = o.pair() == null ? "no pair of countries yet" : o.pair().replace("-", " – ");
    Html h = new Html();
    h.el("p", "Relations " + pair + ", from " + o.documents() + " documents.", "class", "lead");
    if (o.pair() != null) {
      h.open("p", "class", "briefs", "id", "briefs").text("Brief: ");
      for (String p : o.pairs()) {
        h.link("/brief?a=" + p.substring(0, 2) + "&b=" + p.substring(3), "Relations " + p.replace("-", " – "),
            "class", "brief-link").text(" ");
      }
      h.close("p");
    }
    h.open("section", "class", "figures", "id", "figures");
    figure(h, "Documents", Integer.toString(o.documents()), "/documents");
    figure(h, "Facts", Integer.toString(o.facts()), "/search");
    figure(h, "Agreements", Integer.toString(o.agreements()), "/agreements");
    figure(h, "Conflicts", Integer.toString(o.conflicts()), "/conflicts");
    if (o.latestTrade() != null) {
      figure(h, "Trade " + o.latestTrade().year(), FactLabel.usd(o.latestTrade().valueUsd()), "/trade");
    }
    h.close("section");
    h.el("h2", "Latest events");
    h.open("ol", "class", "events", "id", "latest");
    for (TimelineEntry e : o.latestEvents()) {
      h.open("li").el("time", e.date()).text(" ").link(e.href(), e.label(), "class", "fact").close("li");
    }
    h.close("ol");
    h.el("h2", "Facts by type");
    h.open("ul", "class", "types");
    for (Map.Entry<String, Long> t : o.factsByType().entrySet()) {
      h.open("li").link("/chronology?type=" + Links.encode(t.getKey()), t.getKey()).text(" " + t.getValue()).close("li");
    }
    h.close("ul");
    return Layout.page("Overview", "/", h);
  }

  private static void figure(Html h, String label, String value, String href) {
    h.open("a", "class", "figure", "href", href).el("span", value, "class", "value").el("span", label, "class", "label").close("a");
  }
}
