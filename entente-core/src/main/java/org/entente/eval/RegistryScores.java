package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The scores of a predicted registry against the gold one, as score.py reports them.
 *
 * @param links gold links, predicted links and the links in both
 * @param exactClusters gold entities whose mentions one predicted entity holds, and nothing else
 * @param goldEntities the gold entities
 * @param dates dated gold entities whose predicted entity's date begins with the gold date
 */
public record RegistryScores(Counts links, int exactClusters, int goldEntities, Ratio dates) {

  /** Requires the counts. */
  public RegistryScores {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(dates, "dates");
  }

  /** score.py's one-line text report, with its newline. */
  public String text() {
    return "links P "
        + PyText.fixed(links.precision(), 3)
        + " R "
        + PyText.fixed(links.recall(), 3)
        + " F1 "
        + PyText.fixed(links.f1(), 3)
        + " (gold "
        + links.gold()
        + ", predicted "
        + links.pred()
        + "); exact clusters "
        + exactClusters
        + "/"
        + goldEntities
        + "; date accuracy "
        + FactReport.accuracy(dates.value())
        + "\n";
  }

  /** score.py's {@code --json} report, byte for byte (without a final newline). */
  public String json() {
    return PyJson.indented(tree());
  }

  JsonNode tree() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("link_precision", links.precision());
    root.put("link_recall", links.recall());
    root.put("link_f1", links.f1());
    root.put("gold_links", links.gold());
    root.put("pred_links", links.pred());
    root.put("exact_clusters", exactClusters);
    root.put("gold_entities", goldEntities);
    FactReport.putAccuracy(root, "date_accuracy", dates.value());
    return root;
  }
}
