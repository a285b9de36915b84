package org.entente.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.entente.server.library.Current;
import org.entente.server.model.DocumentSummary;
import org.entente.server.model.DocumentView;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.views.FactLabel;
import org.entente.text.CodePoints;

/**
 * {@code /documents/{id}}: the text with every fact's evidence marked; {@code #f-ID} scrolls to a
 * fact's sentence and marks it as the current one. And {@code /documents}, the list.
 */
final class DocumentPage {

  private DocumentPage() {}

  static String list(Current current) {
    Html h = new Html();
    h.open("table", "class", "sortable", "id", "documents").open("thead").open("tr");
    h.el("th", "Document", "data-sort", "id").el("th", "Published", "data-sort", "published")
        .el("th", "Source", "data-sort", "source").el("th", "Facts", "data-sort", "facts", "data-numeric", "true");
    h.close("tr").close("thead").open("tbody");
    for (DocumentSummary d : current.snapshot().documents()) {
      h.open("tr").open("td").link(Links.document(d.id()), d.title() == null ? d.id() : d.title()).close("td");
      h.el("td", d.published() == null ? "" : d.published()).el("td", d.source() == null ? "" : d.source())
          .el("td", Integer.toString(d.facts())).close("tr");
    }
    h.close("tbody").close("table");
    return Layout.page("Documents", "/documents", h);
  }

  static String render(DocumentView doc, List<FactView> facts) {
    Html h = new Html();
    h.open("dl", "class", "meta");
    h.el("dt", "Id").el("dd", doc.id());
    h.el("dt", "Published").el("dd", doc.published() == null ? "unknown" : doc.published());
    if (doc.source() != null) {
      h.el("dt", "Source").el("dd", doc.source());
    }
    h.el("dt", "Version").el("dd", Integer.toString(doc.version()));
    h.close("dl");
    h.open("div", "class", "reader");
    h.open("article", "class", "doc-text", "id", "doc-text");
    text(h, doc.text(), facts);
    h.close("article");
    h.open("aside", "class", "doc-facts").el("h2", facts.size() + " facts").open("ol", "id", "fact-list");
    for (FactView f : facts) {
      h.open("li", "id", "fl-" + f.id()).link("#f-" + f.id(), FactLabel.of(f), "class", "fact", "data-fact", Long.toString(f.id()));
      if (f.when() != null) {
        h.el("time", f.when().first());
      }
      h.close("li");
    }
    h.close("ol").close("aside").close("div");
    return Layout.page(doc.label(), "/documents", h);
  }

  /** The text cut at every evidence boundary; covered pieces are marks naming their facts. */
  private static void text(Html h, String text, List<FactView> facts) {
    CodePoints cp = new CodePoints(text);
    int length = text.codePointCount(0, text.length());
    record Piece(int start, int end, long fact) {}
    List<Piece> pieces = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (FactView f : facts) {
      for (EvidenceSpan e : f.evidence()) {
        int s = cp.toChar(Math.min(e.start(), length));
        int end = cp.toChar(Math.min(e.end(), length));
        if (end > s) {
          pieces.add(new Piece(s, end, f.id()));
          cuts.add(s);
          cuts.add(end);
        }
      }
    }
    List<Integer> points = new ArrayList<>(cuts);
    java.util.Set<Long> anchored = new java.util.HashSet<>();
    for (int i = 0; i + 1 < points.size(); i++) {
      int from = points.get(i);
      int to = points.get(i + 1);
      List<String> covering = new ArrayList<>();
      for (Piece p : pieces) {
        if (p.start() == from && anchored.add(p.fact())) {
          h.open("span", "class", "anchor", "id", "f-" + p.fact()).close("span");
        }
        if (p.start() <= from && p.end() >= to) {
          covering.add(Long.toString(p.fact()));
        }
      }
      String piece = text.substring(from, to);
      if (covering.isEmpty()) {
        h.text(piece);
      } else {
        h.el("mark", piece, "class", "ev", "data-facts", String.join(" ", covering));
      }
    }
  }
}
