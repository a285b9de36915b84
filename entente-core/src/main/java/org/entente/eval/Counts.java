package org.entente.eval;

/**
 * Matched, gold and predicted counts, with score.py's precision, recall and F1 (0.0 where a
 * denominator is zero).
 *
 * @param gold the required gold facts (or gold links)
 * @param pred the predictions, less those matched to optional gold facts (or predicted links)
 * @param tp the matches
 */
public record Counts(int gold, int pred, int tp) {

  /** Requires counts that are not negative. */
  public Counts {
    if (gold < 0 || pred < 0 || tp < 0) {
      throw new IllegalArgumentException("negative count: " + gold + ", " + pred + ", " + tp);
    }
  }

  /** Matches over predictions. */
  public double precision() {
    return pred != 0 ? (double) tp / pred : 0.0;
  }

  /** Matches over gold. */
  public double recall() {
    return gold != 0 ? (double) tp / gold : 0.0;
  }

  /** The harmonic mean of precision and recall, computed as score.py does. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
  }

  Counts plus(Counts other) {
    return new Counts(gold + other.gold, pred + other.pred, tp + other.tp);
  }
}
