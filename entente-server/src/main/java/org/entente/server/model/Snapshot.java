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
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;
import org.entente.store.Store;

/**
 * Everything the store held at one moment: the current documents, their facts and the entities of
 * the knowledge base resolved from them. Immutable, so any number of requests read it while an
 * ingest prepares the next one.
 */
public final class Snapshot {

  private final Map<String, DocumentView> documents;
  private final List<FactView> facts;
  private final Map<Long, FactView> byId;
  private final Map<String, List<FactView>> byDoc;
  private final String fingerprint;
  private final List<Entity> entities;
  private final Map<String, List<Entity>> byPair;
  private final Map<String, Entity> entityById;
  private final List<String> pairs;
  private final Map<String, List<Claim>> claimsByDoc;

  private Snapshot(Map<String, DocumentView> documents, List<FactView> facts, List<Entity> entities) {
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
    this.entities = List.copyOf(entities);
    Map<String, List<Entity>> pairs = new TreeMap<>();
    Map<String, Entity> entityIds = new HashMap<>();
    Map<String, List<Claim>> claims = new HashMap<>();
    for (Entity e : this.entities) {
      pairs.computeIfAbsent(e.pair(), p -> new ArrayList<>()).add(e);
      entityIds.put(e.id(), e);
      e.claims().forEach(c -> claims.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c));
    }
    claims.replaceAll((d, list) -> List.copyOf(list));
    this.claimsByDoc = Map.copyOf(claims);
    pairs.replaceAll((p, list) -> List.copyOf(list));
    this.byPair = Collections.unmodifiableMap(pairs);
    this.entityById = Map.copyOf(entityIds);
    // Most entities first, then by name: the first is the pair a page shows when none is asked for.
    this.pairs =
        pairs.entrySet().stream()
            .sorted(
                Map.Entry.<String, List<Entity>>comparingByValue(
                        java.util.Comparator.comparingInt((List<Entity> l) -> l.size()).reversed())
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
  }

  /** Reads the current documents, their facts and the knowledge base's entities from the store. */
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
    return new Snapshot(documents, facts, store.knowledge().entities(null));
  }

  /** A snapshot of these documents and facts, without a knowledge base (for tests). */
  public static Snapshot of(List<DocumentView> documents, List<FactView> facts) {
    return of(documents, facts, List.of());
  }

  /** A snapshot of these documents, facts and entities (for tests and generated stores). */
  public static Snapshot of(List<DocumentView> documents, List<FactView> facts, List<Entity> entities) {
    Map<String, DocumentView> map = new LinkedHashMap<>();
    documents.forEach(d -> map.put(d.id(), d));
    return new Snapshot(map, facts, entities);
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

  /** Every entity of the knowledge base, by block then id. */
  public List<Entity> entities() {
    return entities;
  }

  /** The entities of a pair of countries such as {@code KZ-TJ}, empty for a pair without any. */
  public List<Entity> entities(String pair) {
    return byPair.getOrDefault(pair, List.of());
  }

  /** One entity by its id. */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entityById.get(id));
  }

  /** The pairs of countries with entities, the one with most entities first. */
  public List<String> pairs() {
    return pairs;
  }

  /**
   * The fact of a document whose evidence holds a quote of the knowledge base, so that a link to
   * the quote opens that fact's sentence: the claim's own fact (by its position among the
   * document's facts) when its evidence holds the quote, else the first fact of the type whose
   * evidence does, else none.
   */
  public Optional<FactView> factAt(Claim claim, Quote quote) {
    List<FactView> ofDoc = factsOf(claim.doc());
    if (claim.seq() >= 0 && claim.seq() < ofDoc.size()) {
      FactView own = ofDoc.get(claim.seq());
      if (own.type().equals(claim.type()) && holds(own, quote)) {
        return Optional.of(own);
      }
    }
    return ofDoc.stream().filter(f -> f.type().equals(claim.type()) && holds(f, quote)).findFirst();
  }

  /** The first fact of a document whose evidence holds a span, of any type. */
  public Optional<FactView> factAt(String doc, int start, int end) {
    return factsOf(doc).stream()
        .filter(f -> f.evidence().stream().anyMatch(s -> s.start() <= start && end <= s.end()))
        .findFirst();
  }

  /**
   * The quotes of a document's claims that no fact's evidence holds: the document page anchors
   * them by code point ({@link Hrefs#quote}), sorted by start.
   */
  public List<EvidenceSpan> unanchoredQuotes(String doc) {
    java.util.Set<EvidenceSpan> out =
        new java.util.TreeSet<>(java.util.Comparator.comparingInt(EvidenceSpan::start).thenComparingInt(EvidenceSpan::end));
    for (Claim c : claimsByDoc.getOrDefault(doc, List.of())) {
      for (Quote q : c.quotes()) {
        if (factAt(c, q).isEmpty()) {
          out.add(new EvidenceSpan(q.start(), q.end()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean holds(FactView f, Quote q) {
    return f.evidence().stream().anyMatch(s -> s.start() <= q.start() && q.end() <= s.end());
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
