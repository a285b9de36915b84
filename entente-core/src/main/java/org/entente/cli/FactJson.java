package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.entente.store.StoredFact;

/**
 * A stored fact in the fact contract's JSON form: what {@code export} writes, {@code eval}
 * scores and the Spark job writes, so they never differ.
 */
public final class FactJson {

  private final ObjectMapper json = new ObjectMapper();

  /** The fact as a JSON object: doc, type, args, when (when dated), evidence, rule (when known). */
  public ObjectNode node(StoredFact fact) {
    try {
      ObjectNode node = json.createObjectNode();
      node.put("doc", fact.doc());
      node.put("type", fact.type());
      node.set("args", json.readTree(fact.argsJson()));
      putWhen(node, fact.whenStart(), fact.whenEnd());
      node.set("evidence", json.readTree(fact.evidenceJson()));
      if (fact.ruleId() != null) {
        node.put("rule", fact.ruleId());
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored fact of '" + fact.doc() + "' is not valid JSON", e);
    }
  }

  /** Adds the contract's {@code when} to a node: start and end where known, nothing when undated. */
  static void putWhen(ObjectNode node, String start, String end) {
    if (start == null && end == null) {
      return;
    }
    ObjectNode when = node.putObject("when");
    if (start != null) {
      when.put("start", start);
    }
    if (end != null) {
      when.put("end", end);
    }
  }

  /** The fact as one line of JSON Lines. */
  public String line(StoredFact fact) {
    try {
      return json.writeValueAsString(node(fact));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the fact of '" + fact.doc() + "' as JSON", e);
    }
  }
}
