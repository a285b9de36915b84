package org.entente.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.extract.Fact;
import org.entente.ingest.CorpusReader;
import org.entente.ingest.IngestEvent;
import org.entente.ingest.IngestLimits;
import org.entente.store.FactRecords;
import org.entente.store.PutResult;
import org.entente.store.Store;
import org.entente.store.StoredFact;

/**
 * The one ingest path: reads files and folders, stores each document and extracts the facts of
 * the new and changed ones, in the store's open transaction. {@code entente build} and the HTTP
 * upload of the server both run it; the caller decides when to commit.
 */
public final class Ingestion {

  /** What ingesting one input did, reported as it happens. */
  public sealed interface Step {

    /**
     * A document was read and stored (or found unchanged).
     *
     * @param id the document id
     * @param result what storing did
     * @param bytes the size of its input
     * @param facts the facts extracted, or -1 when extraction did not run for it
     */
    record Stored(String id, PutResult result, long bytes, int facts) implements Step {
      /** Requires an id and a result. */
      public Stored {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
      }
    }

    /**
     * An input could not be read; the others go on.
     *
     * @param message what was wrong, and where
     */
    record Failed(String message) implements Step {}

    /**
     * A file that is not a document was passed over.
     *
     * @param message which file and why
     */
    record Skipped(String message) implements Step {}

    /**
     * Something a person should know, such as one id read from two files.
     *
     * @param message the warning
     */
    record Warned(String message) implements Step {}
  }

  private final CorpusReader reader;
  private final Extraction extraction;
  private final boolean reextract;
  private final KnowledgeBuild knowledge;

  /**
   * An ingestion with these limits.
   *
   * @param limits the largest input accepted
   * @param dictionaries the dictionaries to extract with, or null to store documents only
   * @param reextract extract again from documents that did not change
   */
  public Ingestion(IngestLimits limits, Dictionaries dictionaries, boolean reextract) {
    this.reader = new CorpusReader(limits);
    this.extraction = dictionaries == null ? null : new Extraction(dictionaries);
    this.reextract = reextract;
    this.knowledge = dictionaries == null ? null : new KnowledgeBuild(dictionaries);
  }

  /**
   * Resolves again the knowledge-base blocks that the documents read since the last refresh
   * changed, in the store's open transaction; nothing when this ingestion does not extract.
   */
  public java.util.Optional<org.entente.store.KnowledgeRepository.Refreshed> refreshKnowledge(Store store) {
    return knowledge == null ? java.util.Optional.empty() : java.util.Optional.of(knowledge.refresh(store));
  }

  /** Reads the paths into the store's open transaction, reporting one step per input. */
  public void run(Store store, List<Path> paths, Consumer<Step> steps) {
    Map<String, String> seenThisRun = new HashMap<>();
    reader.read(
        paths,
        event -> {
          switch (event) {
            case IngestEvent.Read read -> {
              String id = read.document().id();
              String previous = seenThisRun.put(id, read.document().origin());
              if (previous != null) {
                steps.accept(
                    new Step.Warned(
                        "warning: document id '" + id + "' read from both " + previous + " and "
                            + read.document().origin() + "; the later one becomes a new version"));
              }
              PutResult result = store.documents().put(read.document(), read.bytes());
              int factCount = -1;
              if (extraction != null
                  && (result.outcome() != PutResult.Outcome.UNCHANGED || reextract)) {
                List<Fact> facts;
                try {
                  facts = extraction.facts(read.document());
                } catch (RuntimeException e) {
                  // a fault of ours on one document must not stop the others: it is kept without
                  // facts, and a later --reextract gives it them
                  facts = List.of();
                  steps.accept(new Step.Failed("error: " + read.document().origin()
                      + ": extraction failed (" + e + "); the document is stored without facts"
                      + " (extract them again with --reextract)"));
                }
                List<StoredFact> stored =
                    FactRecords.of(id, result.version(), read.document().text(), facts);
                store.facts().replace(id, result.version(), stored);
                knowledge.index(
                    store, id, read.document().text(), read.document().published(), stored);
                factCount = facts.size();
              }
              steps.accept(new Step.Stored(id, result, read.bytes(), factCount));
            }
            case IngestEvent.Failed failed ->
                steps.accept(new Step.Failed("error: " + failed.failure().getMessage()));
            case IngestEvent.Skipped skipped ->
                steps.accept(new Step.Skipped("skipped: " + skipped.diagnostic()));
          }
        });
  }
}
