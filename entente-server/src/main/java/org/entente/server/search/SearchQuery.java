package org.entente.server.search;

import java.util.Objects;

/**
 * What to search for.
 *
 * @param text the query: words, "phrases", AND/OR/NOT, field:value
 * @param kind {@code document} or {@code fact}, or null for both
 * @param type a fact type to keep, or null
 * @param year a year to keep, or null
 * @param country a country code to keep, or null
 * @param offset results to skip
 * @param limit results to return
 */
public record SearchQuery(
    String text, String kind, String type, Integer year, String country, int offset, int limit) {

  /** The longest query accepted, in characters. */
  public static final int MAX_LENGTH = 500;

  /** The most results one page returns. */
  public static final int MAX_LIMIT = 100;

  /** Checks the bounds. */
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("q must be 1.." + MAX_LENGTH + " characters, found " + text.length());
    }
    if (offset < 0 || offset > 10_000 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "offset must be 0..10000 and limit 1.." + MAX_LIMIT + ", found " + offset + " and " + limit);
    }
  }
}
