package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * A country, by name ("Kazakhstan", "the Republic of Tajikistan"), adjective ("Kazakh") or
 * demonym ("Tajiks").
 *
 * @param span where
 * @param code ISO 3166-1 alpha-2, upper case
 * @param form how it was named
 */
public record CountryMention(Span span, String code, Form form) implements ActorMention {

  /** How a country is named. */
  public enum Form {
    /** A name: short, official or variant. */
    NAME,
    /** An adjective: Kazakh, Tajik. */
    ADJECTIVE,
    /** A name for its people: Kazakhs, Tajikistanis. */
    DEMONYM
  }

  /** Requires all fields. */
  public CountryMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(form, "form");
  }
}
