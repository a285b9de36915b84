package org.entente.gen;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gold fact in the contract's shape.
 *
 * @param type the contract's type
 * @param args the arguments, in the contract's names and order
 * @param start {@code when.start}, or null
 * @param end {@code when.end}, or null
 * @param evidence spans in code points, end exclusive, at least one
 */
record GoldFact(String type, Map<String, Object> args, String start, String end, List<CpSpan> evidence) {

  GoldFact {
    Objects.requireNonNull(type, "type");
    args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a gold fact needs evidence: " + type + args);
    }
  }

  /** A span of the text in code points. */
  record CpSpan(int start, int end) {
    CpSpan {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }
}
