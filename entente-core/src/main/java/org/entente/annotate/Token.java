package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * A token.
 *
 * @param span where
 * @param kind word, number, punctuation or symbol
 */
public record Token(Span span, Kind kind) implements Annotation {

  /** Token kinds. */
  public enum Kind {
    /** Letters, with inner hyphens and apostrophes; initials and acronyms with dots (U.S.). */
    WORD,
    /** Digits, with inner separators (1,000.5; 01.03.2020). */
    NUMBER,
    /** A punctuation mark. */
    PUNCT,
    /** Currency and other symbols ($, %, №). */
    SYMBOL
  }

  /** Requires a non-empty span and a kind. */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (span.length() == 0) {
      throw new IllegalArgumentException("empty token at " + span.start());
    }
  }
}
