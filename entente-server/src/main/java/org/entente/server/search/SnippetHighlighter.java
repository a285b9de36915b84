package org.entente.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with {@link Segment} lists (see {@link SnippetFormatter}). */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final Map<Integer, String> contents;

  /**
   * A highlighter that takes the text of each hit from {@code contents} (by Lucene doc id) rather
   * than from stored fields: the server's snapshot holds every text in memory already.
   */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> contents) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new SnippetFormatter())
            .withHighlightPhrasesStrictly(true));
    this.contents = contents;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      CharSequence[] values = new CharSequence[fields.length];
      Arrays.fill(values, contents.getOrDefault(doc, ""));
      out.add(values);
    }
    return out;
  }

  /** The best two passages of a field for each document, as segment lists (null when none). */
  Object[] snippets(String field, Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {2}).get(field);
  }
}
