package org.entente.server.views;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.server.model.EvidenceSpan;
import org.entente.server.model.FactView;
import org.entente.server.model.When;

/** Facts written in one line, for the tests of the views. */
final class Facts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Facts() {}

  static FactView fact(long id, String doc, String type, String args, String when) {
    try {
      var node = JSON.readTree(args);
      Set<String> countries = new TreeSet<>();
      node.path("parties").forEach(p -> countries.add(p.asText()));
      return new FactView(id, doc, type, node, when == null ? null : new When(when, null),
          List.of(new EvidenceSpan(0, 5)), null, "quote " + id, countries, Set.of());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
