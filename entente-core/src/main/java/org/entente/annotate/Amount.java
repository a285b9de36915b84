package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * A quantity: "$1.13 billion", "about 1 billion U.S. dollars", "18.5 percent", "75 documents",
 * "twenty agreements".
 *
 * @param span where, qualifier included ("over $2 billion")
 * @param kind money, percent, count of things, or a bare number
 * @param value the value in units (1.13e9 for "$1.13 billion"; 18.5 for "18.5 percent")
 * @param currency ISO 4217 code for money (USD), else {@code null}
 * @param unit for a count, the counted noun as written in the plural (documents), else {@code
 *     null}
 * @param qualifier exact, about, over or under
 */
public record Amount(
    Span span, Kind kind, double value, String currency, String unit, Qualifier qualifier)
    implements Annotation {

  /** What is measured. */
  public enum Kind {
    /** An amount of money. */
    MONEY,
    /** A percentage. */
    PERCENT,
    /** A number of things: 75 documents. */
    COUNT,
    /** A number without a unit. */
    NUMBER
  }

  /** How exact the text says the value is. */
  public enum Qualifier {
    /** As written. */
    EXACT,
    /** About, around, approximately, some. */
    ABOUT,
    /** Over, more than, exceeding, surpassing. */
    OVER,
    /** Under, less than, almost, nearly, up to. */
    UNDER
  }

  /** Requires span, kind and qualifier; a currency only for money. */
  public Amount {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    if ((currency != null) != (kind == Kind.MONEY)) {
      throw new IllegalArgumentException("a currency goes with money only: " + kind + " " + currency);
    }
  }
}
