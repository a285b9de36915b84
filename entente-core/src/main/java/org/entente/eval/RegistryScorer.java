package org.entente.eval;

import static org.entente.eval.PyValues.eq;
import static org.entente.eval.PyValues.get;
import static org.entente.eval.PyValues.item;
import static org.entente.eval.PyValues.lt;
import static org.entente.eval.PyValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted registry entities against gold ones exactly as score.py's {@code score_registry}
 * does. A gold mention is the first evidence span of each gold mention; a predicted mention stands
 * for the gold mention of its document and type that its spans overlap most (the first of equals);
 * links are pairs of mentions in one entity.
 */
public final class RegistryScorer {

  private RegistryScorer() {}

  /**
   * The entities of a registry JSON Lines file.
   *
   * @throws EvalInputException naming file and line when a line is not a JSON object
   */
  public static List<JsonNode> load(Path file) {
    return JsonLines.read(file, false);
  }

  /**
   * Link precision, recall and F1, exact clusters and date accuracy.
   *
   * @throws EvalInputException where score.py would stop with an exception
   */
  public static RegistryScores score(List<JsonNode> gold, List<JsonNode> pred) {
    List<GoldMention> mentions = new ArrayList<>();
    for (int e = 0; e < gold.size(); e++) {
      JsonNode entity = gold.get(e);
      for (JsonNode m : PyValues.iterate(get(entity, "mentions", emptyList()))) {
        List<JsonNode> spans = PyValues.iterate(get(m, "evidence", emptyList()));
        if (!spans.isEmpty()) {
          mentions.add(new GoldMention(e, item(m, "doc"), item(entity, "type"), spans.get(0)));
        }
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (JsonNode entity : pred) {
      Set<Integer> ks = new TreeSet<>();
      for (JsonNode m : PyValues.iterate(get(entity, "mentions", emptyList()))) {
        JsonNode doc = get(m, "doc");
        JsonNode spans = get(m, "evidence");
        Integer k = best(mentions, doc, get(entity, "type"), truthy(spans) ? spans : emptyList());
        if (k != null) {
          ks.add(k);
        }
      }
      clusters.add(new Cluster(entity, ks));
    }
    Set<Long> goldLinks = new HashSet<>();
    for (int a = 0; a < mentions.size(); a++) {
      for (int b = a + 1; b < mentions.size(); b++) {
        if (mentions.get(a).entity() == mentions.get(b).entity()) {
          goldLinks.add(link(a, b));
        }
      }
    }
    Set<Long> predLinks = new HashSet<>();
    for (Cluster c : clusters) {
      List<Integer> ks = new ArrayList<>(c.mentions());
      for (int i = 0; i < ks.size(); i++) {
        for (int j = i + 1; j < ks.size(); j++) {
          predLinks.add(link(ks.get(i), ks.get(j)));
        }
      }
    }
    int tp = (int) goldLinks.stream().filter(predLinks::contains).count();
    Counts links = new Counts(goldLinks.size(), predLinks.size(), tp);
    int exact = 0;
    int dated = 0;
    int datedOk = 0;
    for (int e = 0; e < gold.size(); e++) {
      Set<Integer> mine = new HashSet<>();
      for (int k = 0; k < mentions.size(); k++) {
        if (mentions.get(k).entity() == e) {
          mine.add(k);
        }
      }
      Cluster owner = null;
      int most = -1;
      for (Cluster c : clusters) {
        int shared = c.shared(mine);
        if (shared > most) {
          most = shared;
          owner = c;
        }
      }
      if (owner != null && !mine.isEmpty() && owner.mentions().equals(mine)) {
        exact++;
      }
      JsonNode goldStart = get(FactRules.orEmpty(get(gold.get(e), "when")), "start");
      if (truthy(goldStart) && owner != null && owner.shared(mine) > 0) {
        dated++;
        JsonNode start = get(FactRules.orEmpty(get(owner.entity(), "when")), "start");
        if (start.isTextual()) {
          if (!goldStart.isTextual()) {
            throw PyValues.typeError(
                "startswith first arg must be str, not " + PyValues.typeName(goldStart));
          }
          if (start.textValue().startsWith(goldStart.textValue())) {
            datedOk++;
          }
        }
      }
    }
    return new RegistryScores(links, exact, gold.size(), new Ratio(datedOk, dated));
  }

  /** The gold mention of this document and type that the spans overlap most, or null. */
  private static Integer best(
      List<GoldMention> mentions, JsonNode doc, JsonNode type, JsonNode spans) {
    JsonNode top = IntNode.valueOf(0);
    Integer arg = null;
    for (int k = 0; k < mentions.size(); k++) {
      GoldMention g = mentions.get(k);
      if (!eq(g.doc(), doc) || !eq(g.type(), type)) {
        continue;
      }
      for (JsonNode s : PyValues.iterate(spans)) {
        JsonNode end = min(get(s, "end", IntNode.valueOf(0)), item(g.span(), "end"));
        JsonNode start = max(get(s, "start", IntNode.valueOf(0)), item(g.span(), "start"));
        JsonNode o = minus(end, start);
        if (lt(top, o)) {
          top = o;
          arg = k;
        }
      }
    }
    return arg;
  }

  /** Python's {@code min(a, b)}: the first unless the second is smaller. */
  private static JsonNode min(JsonNode a, JsonNode b) {
    return lt(b, a) ? b : a;
  }

  /** Python's {@code max(a, b)}: the first unless the second is greater. */
  private static JsonNode max(JsonNode a, JsonNode b) {
    return lt(a, b) ? b : a;
  }

  /** Python's {@code a - b}: exact for ints, a double as soon as one is a float. */
  private static JsonNode minus(JsonNode a, JsonNode b) {
    if (!(a.isNumber() || a.isBoolean()) || !(b.isNumber() || b.isBoolean())) {
      throw PyValues.typeError(
          "unsupported operand type(s) for -: '"
              + PyValues.typeName(a)
              + "' and '"
              + PyValues.typeName(b)
              + "'");
    }
    if (a.isFloatingPointNumber() || b.isFloatingPointNumber()) {
      return DoubleNode.valueOf(a.asDouble() - b.asDouble());
    }
    return BigIntegerNode.valueOf(integer(a).subtract(integer(b)));
  }

  private static BigInteger integer(JsonNode v) {
    return v.isBoolean()
        ? (v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO)
        : v.bigIntegerValue();
  }

  private static JsonNode emptyList() {
    return JsonNodeFactory.instance.arrayNode();
  }

  private static long link(int a, int b) {
    return ((long) a << 32) | b;
  }

  /** A gold mention: its entity's index, document, type and first span. */
  private record GoldMention(int entity, JsonNode doc, JsonNode type, JsonNode span) {}

  /** A predicted entity and the gold mentions its mentions stand for. */
  private record Cluster(JsonNode entity, Set<Integer> mentions) {
    int shared(Set<Integer> others) {
      return (int) mentions.stream().filter(others::contains).count();
    }
  }
}
