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
    // the digits of the marker, whatever stands around them ("3.", "(12)")
    int value = 0;
    int digits = 0;
    for (int i = 0; i < marker.length(); i++) {
      char c = marker.charAt(i);
      if (c >= '0' && c <= '9') {
        value = digits < 4 ? value * 10 + (c - '0') : 0;
        digits++;
      }
    }
    return digits > 4 ? 0 : value;
  }
}
