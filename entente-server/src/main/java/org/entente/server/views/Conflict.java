package org.entente.server.views;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree about one entity of the knowledge base, to be read side by side.
 *
 * @param kind the entity type, e.g. {@code trade_volume} or {@code agreement}
 * @param about what they disagree on: {@code date} or {@code value_usd}
 * @param pair the pair of countries, e.g. {@code KZ-TJ}
 * @param entity the entity id
 * @param subject the entity in a sentence
 * @param link the page of the entity
 * @param claims what each source says, the best supported value first
 */
public record Conflict(
    String kind, String about, String pair, String entity, String subject, String link, List<Claim> claims) {

  /** Copies the claims. */
  public Conflict {
    Objects.requireNonNull(kind, "kind");
    claims = List.copyOf(claims);
  }

  /**
   * What one source says.
   *
   * @param value the value or date it gives
   * @param mention where it says so
   */
  public record Claim(String value, Mention mention) {}
}
