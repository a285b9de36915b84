package org.entente.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.entente.server.model.DocumentView;
import org.entente.server.model.FactView;
import org.entente.server.model.Snapshot;

/**
 * The full-text index of the documents and facts of the store. Searches run concurrently; updates
 * are made by one writer at a time (the server's ingest) and seen once they are committed.
 */
public final class SearchIndex implements AutoCloseable {

  private static final String FINGERPRINT = "entente.fingerprint";
  private static final String SCHEMA = "entente.schema";

  private final Directory directory;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final FacetCounter facets = new FacetCounter();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ResultCache cache;

  private SearchIndex(Directory directory, int cacheSize) throws IOException {
    this.directory = directory;
    this.cache = new ResultCache(cacheSize);
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    this.searchers = new SearcherManager(writer, null);
  }

  /** The results kept by default: those of the latest queries, until the next ingest. */
  public static final int DEFAULT_CACHE_SIZE = 256;

  /** Opens (creating when needed) the index in a folder, or in memory when the folder is null. */
  public static SearchIndex open(Path folder) {
    return open(folder, DEFAULT_CACHE_SIZE);
  }

  /**
   * Opens the index, keeping the results of the latest {@code cacheSize} queries (0: none) until
   * the index or the snapshot changes.
   */
  public static SearchIndex open(Path folder, int cacheSize) {
    try {
      return new SearchIndex(folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder), cacheSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Whether the index was built for exactly this snapshot. */
  public boolean isCurrent(Snapshot snapshot) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return snapshot.fingerprint().equals(data.get(FINGERPRINT))
        && IndexedDocs.SCHEMA.equals(data.get(SCHEMA));
  }

  /** Rebuilds the index from a snapshot unless it is current; returns whether it rebuilt. */
  public boolean syncTo(Snapshot snapshot) {
    if (isCurrent(snapshot)) {
      return false;
    }
    try {
      writer.deleteAll();
      for (String id : documentIds(snapshot)) {
        add(snapshot, id);
      }
      // A fresh index in one segment: fewer, larger postings lists to walk per query.
      writer.forceMerge(1);
      commit(snapshot);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
    }
  }

  /** Re-indexes these documents (and their facts) as the snapshot has them, then commits. */
  public void update(Snapshot snapshot, Collection<String> docIds) {
    try {
      for (String id : new TreeSet<>(docIds)) {
        writer.deleteDocuments(new Term(IndexedDocs.DOC, id));
        add(snapshot, id);
      }
      commit(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
    }
  }

  private static List<String> documentIds(Snapshot snapshot) {
    return snapshot.documents().stream().map(d -> d.id()).toList();
  }

  private void add(Snapshot snapshot, String id) throws IOException {
    DocumentView doc = snapshot.document(id).orElse(null);
    if (doc == null) {
      return;
    }
    TreeSet<String> countries = new TreeSet<>();
    for (FactView fact : snapshot.factsOf(id)) {
      countries.addAll(fact.countries());
      writer.addDocument(IndexedDocs.of(fact));
    }
    writer.addDocument(IndexedDocs.of(doc, countries));
  }

  private void commit(Snapshot snapshot) throws IOException {
    writer.setLiveCommitData(
        Map.of(FINGERPRINT, snapshot.fingerprint(), SCHEMA, IndexedDocs.SCHEMA).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Runs a query.
   *
   * @throws IllegalArgumentException when the query cannot be parsed; the message says why
   */
  public SearchResults search(SearchQuery q, Snapshot snapshot) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return cache.get(searcher.getIndexReader(), snapshot, q, () -> {
          try {
            return search(searcher, q, snapshot);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot search: " + e.getMessage(), e);
          }
        });
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search: " + e.getMessage(), e);
    }
  }

  private SearchResults search(IndexSearcher searcher, SearchQuery q, Snapshot snapshot) throws IOException {
    Query text = parse(q.text());
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    filter(builder, IndexedDocs.KIND, q.kind());
    filter(builder, IndexedDocs.TYPE, q.type());
    filter(builder, IndexedDocs.YEAR, q.year() == null ? null : q.year().toString());
    filter(builder, IndexedDocs.COUNTRY, q.country());
    Query query = builder.build();
    // Two passes rather than one: ranking only the top hits lets Lucene skip those that cannot
    // enter them, and counting facets (and the total) needs no scores.
    int wanted = q.offset() + q.limit();
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
    FacetCounter.Counts counts = searcher.search(query, facets.manager());
    Hits hits = new Hits(searcher, snapshot, new SnippetHighlighter(analyzer, IndexedDocs.TEXT, text));
    List<SearchHit> page = new ArrayList<>(top.scoreDocs.length);
    for (int i = q.offset(); i < top.scoreDocs.length; i++) {
      page.add(hits.of(top.scoreDocs[i]));
    }
    return new SearchResults(q.text(), counts.total(), page, counts.facets());
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {IndexedDocs.TITLE, IndexedDocs.TEXT}, analyzer,
            Map.of(IndexedDocs.TITLE, 2f, IndexedDocs.TEXT, 1f));
    parser.setAllowLeadingWildcard(false);
    // Every word must match unless the query says OR: what a search box user expects, and far
    // fewer hits to score and count facets over.
    parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("cannot parse the query q='" + text + "': " + message, e);
    }
  }

  private static void filter(BooleanQuery.Builder builder, String field, String value) {
    if (value != null) {
      builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
