package org.entente.server.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param query the query as given
 * @param total how many results match
 * @param hits the results of this page, best first
 * @param facets counts of the matching results by {@code type}, {@code year} and {@code country},
 *     in that order
 */
public record SearchResults(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the lists. */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
