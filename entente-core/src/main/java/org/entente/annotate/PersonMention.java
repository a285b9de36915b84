package org.entente.annotate;

import java.util.List;
import java.util.Objects;
import org.entente.text.Span;

/**
 * A person, named ("Tokayev", "E. Rahmon") or designated by office ("the Kazakh President").
 *
 * @param span where
 * @param id the person's slug, or {@code null} when the mention stays ambiguous or unresolved
 * @param candidates the slugs the mention could mean, sorted; one element when resolved
 * @param role the office held at the document's date that the text names or that resolved the
 *     mention, or {@code null}
 */
public record PersonMention(Span span, String id, List<String> candidates, Role role)
    implements ActorMention {

  /**
   * An office.
   *
   * @param role head_of_state, head_of_government, foreign_minister, minister, ambassador, other
   * @param country ISO code
   * @param title as usually written (President, Prime Minister)
   */
  public record Role(String role, String country, String title) {
    /** Requires role and country. */
    public Role {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(country, "country");
    }
  }

  /** Requires a span; copies the candidates. */
  public PersonMention {
    Objects.requireNonNull(span, "span");
    candidates = List.copyOf(candidates);
  }
}
