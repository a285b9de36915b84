package org.entente.server.web;

import java.util.List;
import org.entente.server.library.Current;
import org.entente.server.views.Chronology;
import org.entente.server.views.TimelineEntry;

/** {@code /chronology}: the timeline of one pair, filterable by year and type. */
final class ChronologyPage {

  private ChronologyPage() {}

  /** Events per page. */
  static final int PAGE = 200;

  static String render(Current current, String pair, Integer year, String type, int page) {
    Chronology c = current.views().chronology(pair);
    Html h = new Html();
    PairLinks.write(h, current.views().pairs(), "/chronology", pair);
    h.open("form", "class", "filters", "method", "get", "action", "/chronology", "data-autosubmit", "true");
    if (pair != null) {
      h.open("input", "type", "hidden", "name", "pair", "value", pair);
    }
    h.el("label", "Year", "for", "year").open("select", "name", "year", "id", "year");
    h.el("option", "all years", "value", "");
    for (Integer y : c.years()) {
      h.el("option", y.toString(), "value", y.toString(), "selected", y.equals(year) ? "selected" : null);
    }
    h.close("select");
    h.el("label", "Type", "for", "type").open("select", "name", "type", "id", "type");
    h.el("option", "all types", "value", "");
    for (String t : c.types()) {
      h.el("option", t, "value", t, "selected", t.equals(type) ? "selected" : null);
    }
    h.close("select").el("button", "Filter", "type", "submit").close("form");
    List<TimelineEntry> all = c.entries(year, type);
    List<TimelineEntry> entries = org.entente.server.model.Page.of(all, page, PAGE).items();
    h.el("p", all.size() + " events" + (pair == null ? "" : " between " + pair.replace("-", " and "))
        + (all.size() > PAGE ? ", page " + page : ""), "class", "count");
    h.open("ol", "class", "timeline", "id", "timeline");
    Integer shownYear = null;
    for (TimelineEntry e : entries) {
      if (shownYear == null || shownYear != e.year()) {
        shownYear = e.year();
        h.el("li", shownYear.toString(), "class", "year");
      }
      h.open("li", "class", "event", "data-type", e.type());
      h.el("time", e.end() == null ? e.date() : e.date() + " – " + e.end());
      h.text(" ").link(e.href(), e.label(), "class", "fact");
      h.el("blockquote", e.quote());
      if (e.sources().size() > 1) {
        h.el("span", e.sources().size() + " sources", "class", "source");
      }
      h.close("li");
    }
    h.close("ol");
    if ((long) page * PAGE < all.size()) {
      String next = "/chronology?page=" + (page + 1) + (pair == null ? "" : "&pair=" + pair)
          + (year == null ? "" : "&year=" + year)
          + (type == null ? "" : "&type=" + Links.encode(type));
      h.open("p").link(next, "Older events", "class", "next").close("p");
    }
    return Layout.page("Chronology", "/chronology", h);
  }
}
