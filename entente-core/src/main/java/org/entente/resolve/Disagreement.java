package org.entente.resolve;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree about one thing: each side is a value and the claims stating it.
 *
 * @param about what is disputed, e.g. {@code date} or {@code value_usd}
 * @param sides two or more distinct values, the best supported first
 */
public record Disagreement(String about, List<Side> sides) {

  /**
   * One value and the claims that state it.
   *
   * @param value the value as text
   * @param claims the claims stating it
   */
  public record Side(String value, List<Claim> claims) {
    /** Copies the claims. */
    public Side {
      Objects.requireNonNull(value, "value");
      claims = List.copyOf(claims);
    }
  }

  /** Requires at least two sides. */
  public Disagreement {
    Objects.requireNonNull(about, "about");
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a disagreement needs two sides: " + about);
    }
  }
}
