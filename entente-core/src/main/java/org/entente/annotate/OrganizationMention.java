package org.entente.annotate;

import java.util.Objects;
import org.entente.text.Span;

/**
 * An international organization.
 *
 * @param span where
 * @param code its code in the contract (UN, CIS, SCO, EURASEC...)
 */
public record OrganizationMention(Span span, String code) implements ActorMention {
  /** Requires span and code. */
  public OrganizationMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(code, "code");
  }
}
