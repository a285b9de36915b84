package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.Fact;
import org.entente.text.CodePoints;
import org.entente.text.Span;

/** Turns extracted facts into stored ones: JSON arguments, evidence in code points. */
public final class FactRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FactRecords() {}

  /** The stored form of the facts of one document version. */
  public static List<StoredFact> of(String doc, int version, String text, List<Fact> facts) {
    CodePoints cp = new CodePoints(text);
    List<StoredFact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      List<Map<String, Integer>> evidence = new ArrayList<>();
      for (Span s : f.evidence()) {
        Map<String, Integer> span = new LinkedHashMap<>();
        span.put("start", cp.of(s.start()));
        span.put("end", cp.of(s.end()));
        evidence.add(span);
      }
      try {
        out.add(
            new StoredFact(
                doc,
                version,
                f.type(),
                JSON.writeValueAsString(f.argMap()),
                f.when().start() == null ? null : f.when().start().toString(),
                f.when().end() == null ? null : f.when().end().toString(),
                JSON.writeValueAsString(evidence),
                f.rule()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("fact arguments are plain values: " + f, e);
      }
    }
    return out;
  }
}
