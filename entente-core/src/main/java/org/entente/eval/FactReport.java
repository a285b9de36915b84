package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Formats {@link FactScores} as score.py prints them: the same columns, digits and keys. */
final class FactReport {

  private FactReport() {}

  static String text(FactScores scores, boolean withMisses) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %5s %5s %5s %6s %6s %6s\n",
            "type",
            "gold",
            "pred",
            "tp",
            "P",
            "R",
            "F1"));
    scores.types().forEach((type, counts) -> row(out, type, counts));
    row(out, "CORE", scores.core());
    row(out, "EXTENDED", scores.extended());
    out.append("attribute accuracy ")
        .append(accuracy(scores.attributes().value()))
        .append("  evidence accuracy ")
        .append(accuracy(scores.evidence().value()))
        .append('\n');
    if (withMisses) {
      for (FactScores.Miss miss : scores.misses()) {
        ObjectNode shown = JsonNodeFactory.instance.objectNode();
        for (String key : new String[] {"doc", "type", "args", "when"}) {
          shown.set(key, PyValues.get(miss.fact(), key));
        }
        out.append(miss.kind().name().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(PyJson.compact(shown))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The {@code --json} tree, keys in score.py's order. */
  static JsonNode tree(FactScores scores) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("core", counts(scores.core()));
    root.set("extended", counts(scores.extended()));
    putAccuracy(root, "attribute_accuracy", scores.attributes().value());
    putAccuracy(root, "evidence_accuracy", scores.evidence().value());
    ObjectNode types = root.putObject("types");
    for (Map.Entry<String, Counts> type : scores.types().entrySet()) {
      types.set(type.getKey(), counts(type.getValue()));
    }
    return root;
  }

  /** {@code f"{x:.3f}"}, or {@code n/a} for score.py's None. */
  static String accuracy(OptionalDouble value) {
    return value.isPresent() ? PyText.fixed(value.getAsDouble(), 3) : "n/a";
  }

  static void putAccuracy(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  private static ObjectNode counts(Counts c) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("precision", c.precision());
    node.put("recall", c.recall());
    node.put("f1", c.f1());
    node.put("gold", c.gold());
    node.put("pred", c.pred());
    node.put("tp", c.tp());
    return node;
  }

  private static void row(StringBuilder out, String name, Counts c) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %5d %5d %5d %6s %6s %6s\n",
            name,
            c.gold(),
            c.pred(),
            c.tp(),
            PyText.fixed(c.precision(), 3),
            PyText.fixed(c.recall(), 3),
            PyText.fixed(c.f1(), 3)));
  }
}
