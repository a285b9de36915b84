package org.entente.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing of the knowledge base (an agreement, a visit, a body, a trade year...) with every
 * claim that mentions it, the date its sources support, and where they disagree.
 *
 * @param id a stable, readable id, unique in the knowledge base
 * @param type the fact type of its claims
 * @param block the resolution block it was made in
 * @param args its arguments: the best supported value of each
 * @param start the most precise date its sources agree on (or the best supported one when they
 *     disagree), or null
 * @param end the end of its span of time, or null
 * @param claims the claims merged into it, oldest source first
 * @param disagreements where its sources disagree
 */
public record Entity(
    String id,
    String type,
    String block,
    Map<String, Object> args,
    String start,
    String end,
    List<Claim> claims,
    List<Disagreement> disagreements) {

  /** Requires an id, a type and a claim. */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(block, "block");
    args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    claims = List.copyOf(claims);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("an entity needs a claim: " + id);
    }
  }

  /** A string argument, or null. */
  public String text(String key) {
    Object v = args.get(key);
    return v == null ? null : v.toString();
  }

  /** The number of distinct documents behind it. */
  public long sources() {
    return claims.stream().map(Claim::doc).distinct().count();
  }

  /** The pair of countries of its block, e.g. {@code KZ-TJ}. */
  public String pair() {
    return block.substring(0, block.indexOf('/'));
  }
}
