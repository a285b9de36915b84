package org.entente.server.web;

import java.util.List;
import java.util.TreeSet;
import org.entente.server.library.Current;
import org.entente.server.views.AgreementEntry;
import org.entente.server.views.Mention;

/**
 * {@code /agreements} and {@code /agreements/{id}}: the registry of every pair (or of one, with
 * {@code ?pair=}), and one agreement's mentions.
 */
final class AgreementsPage {

  private AgreementsPage() {}

  static String list(Current current, String pair) {
    Html h = new Html();
    List<AgreementEntry> agreements = current.views().registry().agreements().stream()
        .filter(a -> pair == null || a.pair().equals(pair))
        .toList();
    TreeSet<String> types = new TreeSet<>();
    agreements.forEach(a -> types.add(a.docType()));
    h.open("div", "class", "filters");
    h.open("input", "type", "search", "id", "agreement-filter", "placeholder", "Filter by title or party",
        "aria-label", "Filter agreements");
    h.open("select", "id", "agreement-type", "aria-label", "Type").el("option", "all types", "value", "");
    types.forEach(t -> h.el("option", t, "value", t));
    h.close("select").close("div");
    h.open("table", "class", "sortable", "id", "registry").open("thead").open("tr");
    for (String[] col : new String[][] {{"title", "Title"}, {"type", "Type"}, {"date", "Date"},
        {"status", "Status"}, {"pair", "Pair"}, {"sources", "Sources"}}) {
      h.el("th", col[1], "data-sort", col[0], "data-numeric", col[0].equals("sources") ? "true" : null);
    }
    h.close("tr").close("thead").open("tbody");
    for (AgreementEntry a : agreements) {
      String href = "/agreements/" + Links.encode(a.id());
      h.open("tr", "data-href", href, "data-type", a.docType());
      h.open("td").link(href, a.title()).close("td");
      h.el("td", a.docType());
      h.el("td", a.date() == null ? "" : a.date(), "class", a.dateConflict() ? "conflict" : null);
      h.el("td", a.status() == null ? "" : a.status());
      h.el("td", a.pair());
      h.el("td", Integer.toString(a.sources()));
      h.close("tr");
    }
    h.close("tbody").close("table");
    return Layout.page("Agreements", "/agreements", h);
  }

  static String one(AgreementEntry a) {
    Html h = new Html();
    h.open("dl", "class", "meta");
    h.el("dt", "Type").el("dd", a.docType());
    h.el("dt", "Date").el("dd", a.date() == null ? "unknown" : a.date() + (a.dateConflict() ? " (sources disagree: " + String.join(", ", a.dates()) + ")" : ""));
    h.el("dt", "Status").el("dd", a.status() == null ? "unknown" : a.status());
    h.el("dt", "Pair").el("dd", a.pair());
    h.el("dt", "Parties").el("dd", String.join(", ", a.parties()));
    h.el("dt", "Sources").el("dd", Integer.toString(a.sources()));
    h.close("dl");
    h.el("h2", a.mentions().size() + " mentions");
    h.open("ol", "class", "mentions", "id", "mentions");
    for (Mention m : a.mentions()) {
      h.open("li").open("a", "class", "fact", "href", m.href());
      h.el("blockquote", m.quote());
      h.close("a");
      h.el("span", m.doc() + (m.when() == null ? "" : ", " + m.when().first()), "class", "source");
      h.close("li");
    }
    h.close("ol");
    return Layout.page(a.title(), "/agreements", h);
  }
}
