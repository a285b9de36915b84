package org.entente.server.views;

import java.util.List;

/**
 * Sources that disagree on one thing, to be read side by side.
 *
 * @param kind {@code trade_volume} or {@code agreement_date}
 * @param subject what they disagree on: a year, an agreement's title
 * @param link the page of the subject
 * @param claims what each source says
 */
public record Conflict(String kind, String subject, String link, List<Claim> claims) {

  /** Copies the claims. */
  public Conflict {
    claims = List.copyOf(claims);
  }

  /**
   * What one source says.
   *
   * @param value the value or date it gives
   * @param mention the fact and its sentence
   */
  public record Claim(String value, Mention mention) {}
}
