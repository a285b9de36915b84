package org.entente.server.model;

/**
 * One evidence span of a fact, in Unicode code points into its document's text, end exclusive.
 *
 * @param start first code point
 * @param end code point after the last
 */
public record EvidenceSpan(int start, int end) {
  /** Requires {@code 0 <= start <= end}. */
  public EvidenceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("evidence span must have 0 <= start <= end: " + start + ".." + end);
    }
  }
}
