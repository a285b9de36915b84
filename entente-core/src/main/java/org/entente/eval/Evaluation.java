package org.entente.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What one evaluation run scored: facts, the registry, or both, and how to print it.
 *
 * @param facts the fact scores, when gold facts were given
 * @param registry the registry scores, when a gold registry was given
 */
public record Evaluation(Optional<FactScores> facts, Optional<RegistryScores> registry) {

  /** Requires at least one of the two. */
  public Evaluation {
    if (facts.isEmpty() && registry.isEmpty()) {
      throw new IllegalArgumentException("nothing was scored: expected fact or registry scores");
    }
  }

  /** score.py's text reports, the facts' first. */
  public String text(boolean withMisses) {
    return facts.map(f -> f.text(withMisses)).orElse("")
        + registry.map(RegistryScores::text).orElse("");
  }

  /**
   * score.py's {@code --json} report of what was scored, with a final newline; when both were, one
   * object holding them under {@code facts} and {@code registry}.
   */
  public String json() {
    if (facts.isPresent() && registry.isPresent()) {
      ObjectNode both = JsonNodeFactory.instance.objectNode();
      both.set("facts", FactReport.tree(facts.get()));
      both.set("registry", registry.get().tree());
      return PyJson.indented(both) + "\n";
    }
    return facts.map(FactScores::json).orElseGet(() -> registry.get().json()) + "\n";
  }
}
