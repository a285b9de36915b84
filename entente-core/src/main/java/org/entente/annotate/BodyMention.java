package org.entente.annotate;

import java.util.List;
import java.util.Objects;
import org.entente.text.Span;

/**
 * A ministry or other government body, recognized by pattern ("Ministry of Industry and New
 * Technologies of Tajikistan", "the Kazakh Foreign Ministry", "the Health Ministries of A and B").
 *
 * @param span where
 * @param name the body's name as written, without the country
 * @param kind ministry, committee, agency, parliament, ... (the head noun, lower case)
 * @param countries ISO codes of the countries it belongs to, sorted (several for a plural)
 */
public record BodyMention(Span span, String name, String kind, List<String> countries)
    implements Annotation {
  /** Requires all fields; copies the countries. */
  public BodyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    countries = List.copyOf(countries);
  }
}
