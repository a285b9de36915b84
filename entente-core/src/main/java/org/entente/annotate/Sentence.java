package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * A sentence, list item or heading.
 *
 * @param span the sentence without surrounding whitespace and without its list marker
 * @param marker the list marker that opened it ({@code 1.}, {@code 2)}, {@code -}, {@code •}),
 *     or {@code null}
 */
public record Sentence(Span span, String marker) implements Annotation {
  /** Requires a span. */
  public Sentence {
    Objects.requireNonNull(span, "span");
  }

  /** The clause number of a numbered item ({@code 3} for {@code 3.}), or 0. */
  public int clauseNumber() {
    if (marker == null) {
      return 0;
    }
    String digits = marker.replaceAll("[^0-9]", "");
    return digits.isEmpty() || digits.length() > 4 ? 0 : Integer.parseInt(digits);
  }
}
