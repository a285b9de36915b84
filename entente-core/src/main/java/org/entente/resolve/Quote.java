package org.entente.resolve;

import java.util.Objects;

/**
 * Where a document mentions a claim: a span in code points (the contract's offsets) and its text.
 *
 * @param start first code point
 * @param end code point after the last
 * @param text the text of the span, shortened for very long spans
 */
public record Quote(int start, int end, String text) {
  /** Requires a non-empty span and its text. */
  public Quote {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a quote needs 0 <= start < end: " + start + ".." + end);
    }
  }
}
