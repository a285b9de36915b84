package org.entente.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching hits and their facet values (fact type, year, country) in one pass without
 * scores. Each segment's values are read from its doc values once, into a table of ordinals per
 * document, and kept until the segment is closed; a search then only adds up ordinals. Lucene's
 * sorted-set facet counts decoded the doc values of every hit on every search instead, and
 * re-ran the query to iterate the hits a second time.
 */
final class FacetCounter {

  /** The dimensions counted, in the order the results list them. */
  static final List<String> DIMENSIONS = List.of(IndexedDocs.TYPE, IndexedDocs.YEAR, IndexedDocs.COUNTRY);

  /** The most values listed per dimension. */
  static final int TOP = 20;

  /**
   * The hits of a query and their facets.
   *
   * @param total how many documents matched
   * @param facets per dimension, the values by descending count, then by value
   */
  record Counts(long total, Map<String, List<FacetCount>> facets) {}

  /**
   * The facet values of one segment: document {@code d} has the ordinals {@code ords[starts[d]]}
   * up to {@code ords[starts[d + 1]]}, each naming {@code dims[ord]} and {@code labels[ord]}.
   */
  private record Table(int[] starts, int[] ords, int[] dims, String[] labels) {}

  private final Map<Object, Table> tables = new ConcurrentHashMap<>();

  /** A collector manager counting the hits of one search; its result is read once the search is done. */
  CollectorManager<Collector, Counts> manager() {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return new Collector();
      }

      @Override
      public Counts reduce(Collection<Collector> collectors) {
        return counts(collectors);
      }
    };
  }

  /** Counts one slice of the segments of a search. */
  final class Collector implements org.apache.lucene.search.Collector {

    private final List<Table> segments = new ArrayList<>();
    private final List<int[]> segmentCounts = new ArrayList<>();
    private long total;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Table table = table(context.reader());
      int[] counts = new int[table.labels().length];
      segments.add(table);
      segmentCounts.add(counts);
      int[] starts = table.starts();
      int[] ords = table.ords();
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          total++;
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[ords[i]]++;
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static Counts counts(Collection<Collector> collectors) {
    long total = 0;
    List<Map<String, Long>> byDim = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      byDim.add(new HashMap<>());
    }
    for (Collector c : collectors) {
      total += c.total;
      for (int s = 0; s < c.segments.size(); s++) {
        Table table = c.segments.get(s);
        int[] counts = c.segmentCounts.get(s);
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            byDim.get(table.dims()[ord]).merge(table.labels()[ord], (long) counts[ord], Long::sum);
          }
        }
      }
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      facets.put(DIMENSIONS.get(d), byDim.get(d).entrySet().stream()
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
          .limit(TOP)
          .toList());
    }
    return new Counts(total, facets);
  }

  private Table table(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return build(reader);
    }
    IndexReader.CacheKey key = helper.getKey();
    Table table = tables.get(key);
    if (table == null) {
      try {
        table = tables.computeIfAbsent(key, k -> {
          try {
            return build(reader);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      helper.addClosedListener(tables::remove);
    }
    return table;
  }

  private static Table build(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    List<Integer> dims = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int[] base = new int[DIMENSIONS.size()];
    int[] starts = new int[maxDoc + 1];
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, DIMENSIONS.get(d));
      base[d] = labels.size();
      for (long ord = 0; ord < values.getValueCount(); ord++) {
        dims.add(d);
        labels.add(values.lookupOrd(ord).utf8ToString());
      }
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        starts[doc + 1] += values.docValueCount();
      }
    }
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc + 1] += starts[doc];
    }
    int[] ords = new int[starts[maxDoc]];
    int[] next = starts.clone();
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, DIMENSIONS.get(d));
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        for (int i = 0; i < values.docValueCount(); i++) {
          ords[next[doc]++] = base[d] + (int) values.nextOrd();
        }
      }
    }
    return new Table(starts, ords, dims.stream().mapToInt(Integer::intValue).toArray(), labels.toArray(String[]::new));
  }
}
