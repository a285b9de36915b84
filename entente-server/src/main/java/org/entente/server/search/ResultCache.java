package org.entente.server.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.entente.server.model.Snapshot;

/**
 * The results of the latest queries, for as long as neither the index reader nor the snapshot
 * they were computed from changes: both are immutable, so a result stays exact until an ingest
 * swaps either, which starts a new generation and drops every older result. Bounded, least
 * recently used first out; a size of 0 caches nothing.
 */
final class ResultCache {

  /** The reader and snapshot results were computed from, and those results. */
  private record Generation(IndexReader reader, Snapshot snapshot, Map<SearchQuery, SearchResults> results) {}

  private final int size;
  private final AtomicReference<Generation> current = new AtomicReference<>();

  ResultCache(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("the search cache size must be 0 or more, found " + size);
    }
    this.size = size;
  }

  /** The cached results of a query against this reader and snapshot, else those computed now. */
  SearchResults get(IndexReader reader, Snapshot snapshot, SearchQuery query, Supplier<SearchResults> compute) {
    if (size == 0) {
      return compute.get();
    }
    Map<SearchQuery, SearchResults> results = generation(reader, snapshot).results();
    SearchResults cached;
    synchronized (results) {
      cached = results.get(query);
    }
    if (cached != null) {
      return cached;
    }
    // Computed outside the lock: two searches for the same new query may both compute it.
    SearchResults computed = compute.get();
    synchronized (results) {
      results.put(query, computed);
    }
    return computed;
  }

  private Generation generation(IndexReader reader, Snapshot snapshot) {
    while (true) {
      Generation g = current.get();
      if (g != null && g.reader() == reader && g.snapshot() == snapshot) {
        return g;
      }
      Generation next = new Generation(reader, snapshot, lru(size));
      if (current.compareAndSet(g, next)) {
        return next;
      }
    }
  }

  private static Map<SearchQuery, SearchResults> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
        return size() > size;
      }
    };
  }
}
