package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * A city.
 *
 * @param span where
 * @param name the canonical English spelling (Dushanbe, Astana)
 * @param country the ISO code of its country
 * @param capital whether it was the capital at the document's date (false when unknown)
 */
public record CityMention(Span span, String name, String country, boolean capital)
    implements ActorMention {
  /** Requires span, name and country. */
  public CityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
  }
}
