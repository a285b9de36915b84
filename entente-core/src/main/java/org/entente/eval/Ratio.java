package org.entente.eval;

import java.util.OptionalDouble;

/**
 * A share: attribute, evidence or date accuracy.
 *
 * @param ok the items that are right
 * @param all the items counted
 */
public record Ratio(int ok, int all) {

  /** Requires {@code 0 <= ok <= all}. */
  public Ratio {
    if (ok < 0 || ok > all) {
      throw new IllegalArgumentException("expected 0 <= ok <= all, found " + ok + " of " + all);
    }
  }

  /** {@code ok / all}, or empty when nothing was counted (score.py's None). */
  public OptionalDouble value() {
    return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ok / all);
  }
}
