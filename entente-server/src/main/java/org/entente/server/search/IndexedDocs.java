package org.entente.server.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.entente.server.model.DocumentView;
import org.entente.server.model.FactView;
import org.entente.server.views.FactLabel;

/**
 * The Lucene documents made of a stored document and of each of its facts: the index schema. The
 * ids are also doc values, so that a hit is found in the snapshot without reading stored fields.
 */
final class IndexedDocs {

  static final String KIND = "kind";
  static final String DOC = "doc";
  static final String FACT = "fact";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String COUNTRY = "country";

  /** Bumped whenever the fields change, so an older index is rebuilt. */
  static final String SCHEMA = "6";

  private IndexedDocs() {}

  static Document of(DocumentView doc, Iterable<String> countries) {
    Document d = new Document();
    d.add(new StringField(KIND, "document", Field.Store.YES));
    d.add(new StringField(DOC, doc.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(DOC, new BytesRef(doc.id())));
    d.add(new TextField(TITLE, doc.label(), Field.Store.YES));
    // Not stored: the snapshot in memory holds the text, and the highlighter analyzes it again.
    d.add(new TextField(TEXT, doc.text(), Field.Store.NO));
    if (doc.year() != null) {
      addFacet(d, YEAR, doc.year().toString());
    }
    for (String c : countries) {
      addFacet(d, COUNTRY, c);
    }
    return d;
  }

  static Document of(FactView fact) {
    Document d = new Document();
    d.add(new StringField(KIND, "fact", Field.Store.YES));
    d.add(new StringField(DOC, fact.doc(), Field.Store.YES));
    d.add(new SortedDocValuesField(DOC, new BytesRef(fact.doc())));
    d.add(new StoredField(FACT, fact.id()));
    d.add(new NumericDocValuesField(FACT, fact.id()));
    d.add(new TextField(TITLE, FactLabel.of(fact), Field.Store.YES));
    d.add(new TextField(TEXT, fact.quote() == null ? "" : fact.quote(), Field.Store.NO));
    addFacet(d, TYPE, fact.type());
    if (fact.year() != null) {
      addFacet(d, YEAR, fact.year().toString());
    }
    for (String c : fact.countries()) {
      addFacet(d, COUNTRY, c);
    }
    return d;
  }

  /**
   * A facet value: doc values for {@link FacetCounter}, and a keyword so that a filter on it is a
   * term query.
   */
  private static void addFacet(Document d, String dim, String value) {
    d.add(new SortedSetDocValuesField(dim, new BytesRef(value)));
    d.add(new StringField(dim, value, Field.Store.YES));
  }
}
