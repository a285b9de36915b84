package org.entente.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.resolve.Claim;
import org.entente.resolve.Entity;
import org.entente.resolve.ResolveTerms;
import org.entente.resolve.Resolver;
import org.entente.store.Store;
import org.entente.text.PartialDate;

/**
 * Opens the dossier of a pair of countries: the stored entities, or, as of a past date, the
 * entities resolved again from the claims of the documents published by then and about events
 * up to then.
 */
public final class Dossiers {

  private final Function<String, List<Entity>> entitiesOfPair;
  private final Function<String, List<Claim>> claimsOfPair;
  private final ResolveTerms terms;
  private final Labels labels;

  /** Dossiers read from this store, labelled with these names. */
  public Dossiers(Store store, Names names) {
    this(pair -> store.knowledge().entities(pair), pair -> store.knowledge().claimsOfPair(pair), names);
  }

  /**
   * Dossiers over entities already read (a server's immutable snapshot, which must not share the
   * store's connection with a writer): as of a past date, the claims of those entities, which hold
   * every claim of their blocks, are resolved again.
   *
   * @param entitiesOfPair the entities of a pair such as {@code KZ-TJ}, empty when it has none
   * @param names the names used in labels
   */
  public Dossiers(Function<String, List<Entity>> entitiesOfPair, Names names) {
    this(entitiesOfPair, pair -> entitiesOfPair.apply(pair).stream().flatMap(e -> e.claims().stream()).toList(), names);
  }

  private Dossiers(
      Function<String, List<Entity>> entitiesOfPair, Function<String, List<Claim>> claimsOfPair, Names names) {
    this.entitiesOfPair = entitiesOfPair;
    this.claimsOfPair = claimsOfPair;
    this.terms = ResolveTerms.builtin();
    this.labels = new Labels(names);
  }

  /** The names used. */
  public Names names() {
    return labels.names();
  }

  /**
   * The dossier of two countries (codes or names, in either order).
   *
   * @param asOf an ISO date (any precision), or null for everything known
   * @throws IllegalArgumentException for an unknown country, the same country twice, or a bad date
   */
  public Dossier open(String first, String second, String asOf) {
    String a = names().countryCode(first);
    String b = names().countryCode(second);
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two different countries, found " + a + " twice");
    }
    String pair = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    if (asOf == null) {
      return new Dossier(a, b, null, entitiesOfPair.apply(pair), terms, labels);
    }
    String cut = PartialDate.parse(asOf).toString();
    Map<String, List<Claim>> blocks = new LinkedHashMap<>();
    for (Claim c : claimsOfPair.apply(pair)) {
      boolean knownThen = c.published() == null || c.published().compareTo(cut) <= 0
          || c.published().startsWith(cut);
      boolean happenedThen = c.start() == null || c.start().compareTo(cut) <= 0 || c.start().startsWith(cut);
      if (knownThen && happenedThen) {
        blocks.computeIfAbsent(c.block(), k -> new ArrayList<>()).add(c);
      }
    }
    Resolver resolver = new Resolver(terms);
    List<Entity> entities = new ArrayList<>();
    blocks.forEach((block, claims) -> entities.addAll(resolver.resolve(block, claims)));
    return new Dossier(a, b, cut, entities, terms, labels);
  }
}
