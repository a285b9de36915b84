package org.entente.server.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.store.Store;

/**
 * Everything the store held at one moment: the current documents and their facts. Immutable, so
 * any number of requests read it while an ingest prepares the next one.
 */
public final class Snapshot {

  private final Map<String, DocumentView> documents;
  private final List<FactView> facts;
  private final Map<Long, FactView> byId;
  private final Map<String, List<FactView>> byDoc;
  private final String fingerprint;

  private Snapshot(Map<String, DocumentView> documents, List<FactView> facts) {
    this.documents = Collections.unmodifiableMap(new TreeMap<>(documents));
    this.facts = List.copyOf(facts);
    Map<Long, FactView> ids = new HashMap<>();
    Map<String, List<FactView>> perDoc = new LinkedHashMap<>();
    for (FactView f : this.facts) {
      ids.put(f.id(), f);
      perDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
    }
    this.byId = Map.copyOf(ids);
    perDoc.replaceAll((d, list) -> List.copyOf(list));
    this.byDoc = Map.copyOf(perDoc);
    this.fingerprint = fingerprint(this.documents.values(), this.facts);
  }

  /** Reads the current documents and their facts from the store. */
  public static Snapshot load(Store store, ObjectMapper json) {
    Map<String, DocumentView> documents = new LinkedHashMap<>();
    store.documents().forEachCurrent(stored -> {
      var d = stored.document();
      documents.put(
          d.id(),
          new DocumentView(
              d.id(), stored.version(), d.title(),
              d.published() == null ? null : d.published().toString(), d.source(), d.lang(), d.text()));
    });
    FactViews views = new FactViews(json);
    List<FactView> facts = new ArrayList<>();
    store.facts().forEachWithId((id, fact) -> {
      DocumentView doc = documents.get(fact.doc());
      // A fact of another version than the document read is from a commit in between: skip it.
      if (doc != null && doc.version() == fact.docVersion()) {
        facts.add(views.of(id, fact, doc));
      }
    });
    return new Snapshot(documents, facts);
  }

  /** A snapshot of these documents and facts (for tests and generated stores). */
  public static Snapshot of(List<DocumentView> documents, List<FactView> facts) {
    Map<String, DocumentView> map = new LinkedHashMap<>();
    documents.forEach(d -> map.put(d.id(), d));
    return new Snapshot(map, facts);
  }

  /** The current version of a document. */
  public Optional<DocumentView> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  /** Every document, sorted by id. */
  public List<DocumentSummary> documents() {
    List<DocumentSummary> out = new ArrayList<>(documents.size());
    documents.values().forEach(d -> out.add(DocumentSummary.of(d, factsOf(d.id()).size())));
    return out;
  }

  /** How many documents there are. */
  public int documentCount() {
    return documents.size();
  }

  /** Every fact, by document then id. */
  public List<FactView> facts() {
    return facts;
  }

  /** The facts of one document, by id. */
  public List<FactView> factsOf(String doc) {
    return byDoc.getOrDefault(doc, List.of());
  }

  /** One fact by its id. */
  public Optional<FactView> fact(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The facts a filter matches, by document then id. */
  public List<FactView> facts(FactFilter filter) {
    if (filter.doc() != null) {
      return factsOf(filter.doc()).stream().filter(filter).toList();
    }
    return facts.stream().filter(filter).toList();
  }

  /**
   * A digest of the document versions and fact ids: equal fingerprints mean equal contents, so a
   * search index built for one fingerprint is current for it.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprint(Iterable<DocumentView> documents, List<FactView> facts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (DocumentView d : documents) {
        digest.update((d.id() + "\u0000" + d.version() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (FactView f : facts) {
        digest.update((f.id() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
