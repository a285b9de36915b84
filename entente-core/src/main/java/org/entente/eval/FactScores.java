package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The scores of predicted facts against gold facts, as score.py reports them.
 *
 * @param types the counts of every fact type, by type name
 * @param core the micro counts over the core types
 * @param extended the micro counts over the extended types
 * @param attributes matched facts' non-key gold arguments that the prediction gives equal
 * @param evidence matched gold facts with evidence whose prediction has an overlapping span
 * @param misses the required gold facts left unmatched and the predictions matching nothing, in
 *     score.py's order
 */
public record FactScores(
    Map<String, Counts> types,
    Counts core,
    Counts extended,
    Ratio attributes,
    Ratio evidence,
    List<Miss> misses) {

  /** Whether a miss is a gold fact not found or a prediction not in the gold. */
  public enum Kind {
    MISSED,
    SPURIOUS
  }

  /**
   * A gold fact not found, or a prediction matching no gold fact.
   *
   * @param kind which of the two
   * @param fact the fact as read
   */
  public record Miss(Kind kind, JsonNode fact) {
    /** Requires both. */
    public Miss {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(fact, "fact");
    }
  }

  /** Copies the collections; the types sorted by name. */
  public FactScores {
    types = Collections.unmodifiableMap(new TreeMap<>(types));
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(extended, "extended");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(evidence, "evidence");
    misses = List.copyOf(misses);
  }

  /** score.py's text report, byte for byte; with the misses after it when asked. */
  public String text(boolean withMisses) {
    return FactReport.text(this, withMisses);
  }

  /** score.py's {@code --json} report, byte for byte (without a final newline). */
  public String json() {
    return PyJson.indented(FactReport.tree(this));
  }
}
