package org.entente.server.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.cli.Ingestion;
import org.entente.ingest.IngestLimits;
import org.entente.query.Names;
import org.entente.server.model.Snapshot;
import org.entente.server.search.SearchIndex;
import org.entente.server.search.SearchQuery;
import org.entente.server.search.SearchResults;
import org.entente.store.PutResult;
import org.entente.store.Store;

/**
 * The store as the server sees it. Readers take {@link #current()}, an immutable snapshot, and
 * never wait; {@link #ingest} runs one at a time: it stores and extracts through the same path as
 * {@code entente build}, resolves the knowledge-base blocks they changed, commits, reads the next snapshot, brings the search index in step and
 * only then swaps the snapshot in. A reader therefore sees a document with all its facts or not at
 * all.
 */
public final class Library implements AutoCloseable {

  private final Store store;
  private final ObjectMapper json;
  private final SearchIndex index;
  private final IngestLimits limits;
  private final Dictionaries dictionaries;
  private final Names names;
  private final AtomicReference<Current> current = new AtomicReference<>();
  private Ingestion ingestion;

  private Library(Store store, SearchIndex index, ObjectMapper json, IngestLimits limits, Dictionaries dictionaries) {
    this.store = store;
    this.index = index;
    this.json = json;
    this.limits = limits;
    this.dictionaries = dictionaries;
    this.names = new Names(dictionaries);
  }

  /**
   * Reads the store, and rebuilds the search index when it is missing or was built for other
   * contents.
   *
   * @param store the open store; the library owns it from now on
   * @param indexFolder where the search index lives, or null to keep it in memory
   * @param json the JSON mapper
   * @param limits the largest document accepted by {@link #ingest}
   */
  public static Library open(Store store, Path indexFolder, ObjectMapper json, IngestLimits limits) {
    return open(store, indexFolder, json, limits, SearchIndex.DEFAULT_CACHE_SIZE);
  }

  /**
   * As {@link #open(Store, Path, ObjectMapper, IngestLimits)}, keeping the results of the latest
   * {@code searchCache} queries (0: none) until the next ingest.
   */
  public static Library open(Store store, Path indexFolder, ObjectMapper json, IngestLimits limits, int searchCache) {
    SearchIndex index = SearchIndex.open(indexFolder, searchCache);
    Library library = new Library(store, index, json, limits, Dictionaries.builtin());
    Snapshot snapshot = Snapshot.load(store, json);
    index.syncTo(snapshot);
    library.current.set(Current.of(snapshot, library.names));
    return library;
  }

  /** What the server shows now. */
  public Current current() {
    return current.get();
  }

  /** Searches the index. */
  public SearchResults search(SearchQuery query) {
    return index.search(query, current().snapshot());
  }

  /**
   * Ingests files and folders (documents or JSON Lines dumps) as {@code entente build} does, then
   * shows them. One ingest runs at a time; readers go on with the previous snapshot meanwhile.
   */
  public synchronized IngestReport ingest(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    if (ingestion == null) {
      ingestion = new Ingestion(limits, dictionaries, false);
    }
    List<IngestReport.Stored> stored = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> changed = new TreeSet<>();
    try {
      run(paths, stored, failed, skipped, warnings, changed);
      // The entities of the blocks the new documents touched, in the same commit as their facts.
      ingestion.refreshKnowledge(store);
      store.commit();
    } catch (RuntimeException e) {
      // Nothing of a failed upload stays pending, to be committed with the next one.
      store.rollback();
      throw e;
    }
    if (!changed.isEmpty()) {
      Snapshot next = Snapshot.load(store, json);
      index.update(next, changed);
      current.set(Current.of(next, names));
    }
    return new IngestReport(stored, failed, skipped, warnings);
  }

  private void run(
      List<Path> paths,
      List<IngestReport.Stored> stored,
      List<String> failed,
      List<String> skipped,
      List<String> warnings,
      Set<String> changed) {
    ingestion.run(
        store,
        paths,
        step -> {
          switch (step) {
            case Ingestion.Step.Stored s -> {
              boolean unchanged = s.result().outcome() == PutResult.Outcome.UNCHANGED;
              if (!unchanged) {
                changed.add(s.id());
              }
              stored.add(
                  new IngestReport.Stored(
                      s.id(), s.result().version(),
                      s.result().outcome().name().toLowerCase(Locale.ROOT),
                      s.facts() < 0 ? null : s.facts()));
            }
            case Ingestion.Step.Failed f -> failed.add(f.message());
            case Ingestion.Step.Skipped s -> skipped.add(s.message());
            case Ingestion.Step.Warned w -> warnings.add(w.message());
          }
        });
  }

  @Override
  public synchronized void close() {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
