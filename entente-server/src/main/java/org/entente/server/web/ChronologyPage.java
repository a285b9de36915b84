package org.entente.server.web;

import java.util.List;
import org.entente.server.library.Current;
import org.entente.server.views.Chronology;
import org.entente.server.views.TimelineEntry;

/** {@code /chronology}: the timeline, filterable by year and type. */
final class ChronologyPage {

  private ChronologyPage() {}

  static String render(Current current, Integer year, String type) {
    Chronology c = current.views().chronology();
    Html h = new Html();
    h.open("form", "class", "filters", "method", "get", "action", "/chronology", "data-autosubmit", "true");
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
    List<TimelineEntry> entries = c.entries(year, type);
    h.el("p", entries.size() + " events", "class", "count");
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
      if (e.quote() != null) {
        h.el("blockquote", e.quote());
      }
      h.close("li");
    }
    h.close("ol");
    return Layout.page("Chronology", "/chronology", h);
  }
}
