package org.entente.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with {@link Segment} lists (see {@link SnippetFormatter}). */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new SnippetFormatter())
            .withHighlightPhrasesStrictly(true));
  }

  /** The best two passages of a field for each document, as segment lists (null when none). */
  Object[] snippets(String field, Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {2}).get(field);
  }
}
