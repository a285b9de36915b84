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
 * fact's sentence and marks it as the current one, {@code #q-START-END} to a quote of the knowledge
 * base that no fact's evidence holds (by code points). And {@code /documents}, the list.
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

  static String render(DocumentView doc, List<FactView> facts, List<EvidenceSpan> quotes) {
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
    text(h, doc.text(), facts, quotes);
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

  /**
   * The text cut at every evidence and quote boundary; covered pieces are marks naming their facts
   * ({@code data-facts}) and quotes ({@code data-quotes}, as START-END in code points).
   */
  private static void text(Html h, String text, List<FactView> facts, List<EvidenceSpan> quotes) {
    CodePoints cp = new CodePoints(text);
    int length = text.codePointCount(0, text.length());
    // A piece is a fact's span (key "123") or a quote's ("q" and its code points, "q10-42").
    record Piece(int start, int end, String key) {
      boolean quote() {
        return key.startsWith("q");
      }
    }
    List<Piece> pieces = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    java.util.function.BiConsumer<EvidenceSpan, String> add = (e, key) -> {
      int s = cp.toChar(Math.min(e.start(), length));
      int end = cp.toChar(Math.min(e.end(), length));
      if (end > s) {
        pieces.add(new Piece(s, end, key));
        cuts.add(s);
        cuts.add(end);
      }
    };
    for (FactView f : facts) {
      f.evidence().forEach(e -> add.accept(e, Long.toString(f.id())));
    }
    quotes.forEach(q -> add.accept(q, "q" + q.start() + "-" + q.end()));
    List<Integer> points = new ArrayList<>(cuts);
    java.util.Set<String> anchored = new java.util.HashSet<>();
    for (int i = 0; i + 1 < points.size(); i++) {
      int from = points.get(i);
      int to = points.get(i + 1);
      List<String> coveringFacts = new ArrayList<>();
      List<String> coveringQuotes = new ArrayList<>();
      for (Piece p : pieces) {
        if (p.start() == from && anchored.add(p.key())) {
          String id = p.quote() ? "q-" + p.key().substring(1) : "f-" + p.key();
          h.open("span", "class", "anchor", "id", id).close("span");
        }
        if (p.start() <= from && p.end() >= to) {
          (p.quote() ? coveringQuotes : coveringFacts).add(p.quote() ? p.key().substring(1) : p.key());
        }
      }
      String piece = text.substring(from, to);
      if (coveringFacts.isEmpty() && coveringQuotes.isEmpty()) {
        h.text(piece);
      } else {
        h.el("mark", piece, "class", "ev",
            "data-facts", coveringFacts.isEmpty() ? null : String.join(" ", coveringFacts),
            "data-quotes", coveringQuotes.isEmpty() ? null : String.join(" ", coveringQuotes));
      }
    }
  }
}
