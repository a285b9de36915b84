package org.entente.store;

import java.util.Objects;

/**
 * A fact as stored: the contract's fields, with arguments and evidence kept as JSON text.
 *
 * @param doc the document id
 * @param docVersion the document version the fact was extracted from
 * @param type the fact type, e.g. {@code visit}
 * @param argsJson the arguments, a JSON object
 * @param whenStart ISO date of reduced precision, or null
 * @param whenEnd ISO date of reduced precision, or null
 * @param evidenceJson the evidence spans, a JSON array of {@code {"start", "end"}}
 * @param ruleId the id of the rule that made it, or null
 */
public record StoredFact(
    String doc,
    int docVersion,
    String type,
    String argsJson,
    String whenStart,
    String whenEnd,
    String evidenceJson,
    String ruleId) {
  /** Requires the contract's mandatory fields. */
  public StoredFact {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(argsJson, "argsJson");
    Objects.requireNonNull(evidenceJson, "evidenceJson");
  }
}
