package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.entente.resolve.Claim;
import org.entente.resolve.Disagreement;
import org.entente.resolve.Entity;
import org.entente.resolve.Quote;

/**
 * An entity of the knowledge base in the registry form of the fact contract: id, type, args,
 * when, and one mention per place a document names it (doc, evidence span, quote); beside them
 * the number of sources and the disagreements.
 */
public final class RegistryJson {

  private final ObjectMapper json = new ObjectMapper();

  /** The entity as a JSON object. */
  public ObjectNode node(Entity e) {
    ObjectNode node = json.createObjectNode();
    node.put("id", e.id());
    node.put("type", e.type());
    node.set("args", json.valueToTree(e.args()));
    FactJson.putWhen(node, e.start(), e.end());
    ArrayNode mentions = node.putArray("mentions");
    for (Claim c : e.claims()) {
      for (Quote q : c.quotes()) {
        ObjectNode m = mentions.addObject();
        m.put("doc", c.doc());
        ObjectNode span = m.putArray("evidence").addObject();
        span.put("start", q.start());
        span.put("end", q.end());
        m.put("quote", q.text());
      }
    }
    node.put("sources", e.sources());
    if (!e.disagreements().isEmpty()) {
      ArrayNode out = node.putArray("disagreements");
      for (Disagreement d : e.disagreements()) {
        ObjectNode o = out.addObject();
        o.put("about", d.about());
        ArrayNode sides = o.putArray("sides");
        for (Disagreement.Side s : d.sides()) {
          ObjectNode side = sides.addObject();
          side.put("value", s.value());
          ArrayNode docs = side.putArray("docs");
          s.claims().stream().map(Claim::doc).distinct().forEach(docs::add);
        }
      }
    }
    return node;
  }

  /** The entity as one line of JSON Lines. */
  public String line(Entity e) {
    try {
      return json.writeValueAsString(node(e));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("cannot write entity " + e.id() + " as JSON", ex);
    }
  }
}
