package org.entente.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.text.Span;

/**
 * One extracted fact: its arguments (one record type per fact type), when it holds, the evidence
 * spans (char offsets) that state it, and the rule that made it.
 *
 * @param args the typed arguments; their type decides the fact type
 * @param when the date, {@link When#NONE} when the text does not date it
 * @param evidence the clauses or sentences stating it, at least one
 * @param rule the stable id of the rule, e.g. {@code visit/arrived-on-visit}
 */
public record Fact(FactArgs args, When when, List<Span> evidence, String rule) {

  /** Requires args, evidence and rule. */
  public Fact {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(rule, "rule");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a fact needs evidence: " + args);
    }
  }

  /** The contract's type name. */
  public String type() {
    return args.type();
  }

  /** The contract's arguments, without null values, in a stable order. */
  public Map<String, Object> argMap() {
    return args.toMap();
  }

  /** A copy with another date. */
  public Fact withWhen(When other) {
    return new Fact(args, other, evidence, rule);
  }
}
