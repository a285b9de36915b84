package org.entente.server.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.entente.server.model.DocumentView;
import org.entente.server.model.FactView;
import org.entente.server.model.Hrefs;
import org.entente.server.model.Snapshot;
import org.entente.server.views.FactLabel;

/**
 * Makes the {@link SearchHit}s of one page. A hit is known by its ids, read from doc values, and
 * shown from the snapshot in memory, which holds everything the index stores; the stored fields
 * (one compressed block to inflate per hit) are read only for a hit the snapshot lacks, as when a
 * search runs between an ingest's index update and its snapshot swap.
 */
final class Hits {

  /** The stored fields a hit shows when the snapshot does not have it. */
  private static final Set<String> STORED =
      Set.of(IndexedDocs.KIND, IndexedDocs.DOC, IndexedDocs.FACT, IndexedDocs.TITLE, IndexedDocs.TYPE, IndexedDocs.YEAR);

  private static final int FALLBACK_LENGTH = 200;

  private final IndexSearcher searcher;
  private final Snapshot snapshot;
  private final SnippetHighlighter highlighter;
  private StoredFields stored;

  Hits(IndexSearcher searcher, Snapshot snapshot, SnippetHighlighter highlighter) {
    this.searcher = searcher;
    this.snapshot = snapshot;
    this.highlighter = highlighter;
  }

  SearchHit of(ScoreDoc hit) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
    int local = hit.doc - leaf.docBase;
    NumericDocValues factIds = leaf.reader().getNumericDocValues(IndexedDocs.FACT);
    if (factIds != null && factIds.advanceExact(local)) {
      FactView fact = snapshot.fact(factIds.longValue()).orElse(null);
      if (fact != null) {
        return new SearchHit("fact", fact.doc(), fact.id(), FactLabel.of(fact), fact.type(), fact.year(),
            hit.score, snippet(fact.quote() == null ? "" : fact.quote()), Hrefs.fact(fact.doc(), fact.id()));
      }
      return fromStoredFields(hit);
    }
    SortedDocValues docIds = leaf.reader().getSortedDocValues(IndexedDocs.DOC);
    if (docIds != null && docIds.advanceExact(local)) {
      DocumentView doc = snapshot.document(docIds.lookupOrd(docIds.ordValue()).utf8ToString()).orElse(null);
      if (doc != null) {
        return new SearchHit("document", doc.id(), null, doc.label(), null, doc.year(), hit.score,
            snippet(doc.text()), Hrefs.document(doc.id()));
      }
    }
    return fromStoredFields(hit);
  }

  /** A hit the snapshot does not know (yet, or any more): shown with its stored fields, no text. */
  private SearchHit fromStoredFields(ScoreDoc hit) throws IOException {
    if (stored == null) {
      stored = searcher.storedFields();
    }
    Document d = stored.document(hit.doc, STORED);
    String doc = d.get(IndexedDocs.DOC);
    var factField = d.getField(IndexedDocs.FACT);
    Long fact = factField == null ? null : factField.numericValue().longValue();
    String year = d.get(IndexedDocs.YEAR);
    String href = fact == null ? Hrefs.document(doc) : Hrefs.fact(doc, fact);
    return new SearchHit(d.get(IndexedDocs.KIND), doc, fact, d.get(IndexedDocs.TITLE), d.get(IndexedDocs.TYPE),
        year == null ? null : Integer.valueOf(year), hit.score, snippet(""), href);
  }

  private List<Segment> snippet(String content) {
    List<Segment> snippet = highlighter.snippet(content);
    if (!snippet.isEmpty()) {
      return snippet;
    }
    return List.of(new Segment(
        content.length() > FALLBACK_LENGTH ? content.substring(0, FALLBACK_LENGTH) + "…" : content, false));
  }
}
