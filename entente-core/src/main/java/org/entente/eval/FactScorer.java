package org.entente.eval;

import static org.entente.eval.PyValues.get;
import static org.entente.eval.PyValues.hashKey;
import static org.entente.eval.PyValues.item;
import static org.entente.eval.PyValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted facts against gold facts exactly as {@code ../shared/tools/score.py} does: per
 * document and type a maximum matching of the required gold facts, then of the optional ones
 * against the predictions left over; counts, attribute and evidence accuracy, and the misses.
 */
public final class FactScorer {

  private FactScorer() {}

  /**
   * The facts of a JSON Lines file that score.py would load: known types only, and only the
   * documents in {@code docs} when given.
   *
   * @throws EvalInputException naming file and line when a line is not a JSON object
   */
  public static List<JsonNode> load(Path file, Optional<Set<String>> docs) {
    return select(JsonLines.read(file, true), docs);
  }

  /** The facts score.py would keep of these: known types, and the documents in {@code docs}. */
  public static List<JsonNode> select(List<JsonNode> facts, Optional<Set<String>> docs) {
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode fact : facts) {
      JsonNode type = get(fact, "type");
      // score.py looks the type up in a dict: a list or an object there stops it.
      hashKey(type);
      if (type.isTextual()
          && FactRules.KEYS.containsKey(type.textValue())
          && docs.map(ids -> ids.contains(hashKey(get(fact, "doc")))).orElse(true)) {
        kept.add(fact);
      }
    }
    return kept;
  }

  /**
   * Scores {@code pred} against {@code gold}, both as {@link #select} leaves them. Without {@code
   * docs}, predictions for documents the gold does not cover are left out, as score.py does.
   *
   * @throws EvalInputException where score.py would stop with an exception
   */
  public static FactScores score(
      List<JsonNode> gold, List<JsonNode> pred, Optional<Set<String>> docs) {
    if (docs.isEmpty()) {
      Set<Object> goldDocs = new HashSet<>();
      gold.forEach(g -> goldDocs.add(hashKey(item(g, "doc"))));
      pred = pred.stream().filter(p -> goldDocs.contains(hashKey(get(p, "doc")))).toList();
    }
    Map<Group, List<JsonNode>> golds = new LinkedHashMap<>();
    Map<Group, List<JsonNode>> preds = new LinkedHashMap<>();
    for (JsonNode g : gold) {
      Group group = Group.of(g);
      golds.computeIfAbsent(group, k -> new ArrayList<>()).add(g);
      preds.computeIfAbsent(group, k -> new ArrayList<>());
    }
    for (JsonNode p : pred) {
      Group group = Group.of(p);
      golds.computeIfAbsent(group, k -> new ArrayList<>());
      preds.computeIfAbsent(group, k -> new ArrayList<>()).add(p);
    }
    Tally tally = new Tally();
    golds.forEach((group, gs) -> tally.add(group.type(), gs, preds.get(group)));
    return tally.scores();
  }

  /** The documents and types score.py groups facts by; the doc compared as Python's dict key. */
  private record Group(Object doc, String type) {
    static Group of(JsonNode fact) {
      return new Group(hashKey(item(fact, "doc")), item(fact, "type").textValue());
    }
  }

  /** What score() accumulates over the groups. */
  private static final class Tally {
    private final Map<String, Counts> types = new TreeMap<>();
    private final List<FactScores.Miss> misses = new ArrayList<>();
    private int attributesOk;
    private int attributes;
    private int evidenceOk;
    private int evidence;

    void add(String type, List<JsonNode> gs, List<JsonNode> ps) {
      List<JsonNode> required = gs.stream().filter(g -> !truthy(get(g, "optional"))).toList();
      List<JsonNode> optional = gs.stream().filter(g -> truthy(get(g, "optional"))).toList();
      Map<Integer, Integer> matched = Matching.of(required, ps);
      Set<Integer> used = new HashSet<>(matched.values());
      List<JsonNode> rest = new ArrayList<>();
      for (int j = 0; j < ps.size(); j++) {
        if (!used.contains(j)) {
          rest.add(ps.get(j));
        }
      }
      int matchedOptional = Matching.of(optional, rest).size();
      types.merge(
          type,
          new Counts(required.size(), ps.size() - matchedOptional, matched.size()),
          Counts::plus);
      matched.forEach((i, j) -> check(type, required.get(i), ps.get(j)));
      for (int i = 0; i < required.size(); i++) {
        if (!matched.containsKey(i)) {
          misses.add(new FactScores.Miss(FactScores.Kind.MISSED, required.get(i)));
        }
      }
      for (int j = 0; j < ps.size(); j++) {
        JsonNode p = ps.get(j);
        if (!used.contains(j) && optional.stream().noneMatch(o -> FactRules.matches(o, p))) {
          misses.add(new FactScores.Miss(FactScores.Kind.SPURIOUS, p));
        }
      }
    }

    /** Attribute and evidence accuracy of one matched pair. */
    private void check(String type, JsonNode gold, JsonNode pred) {
      JsonNode args = FactRules.argsOf(gold);
      if (!args.isObject()) {
        throw PyValues.typeError(
            "'" + PyValues.typeName(args) + "' object has no attribute 'items'");
      }
      for (var arg : args.properties()) {
        if (FactRules.KEYS.get(type).contains(arg.getKey())) {
          continue;
        }
        attributes++;
        if (FactRules.same(
            arg.getKey(), arg.getValue(), get(FactRules.argsOf(pred), arg.getKey()))) {
          attributesOk++;
        }
      }
      if (truthy(get(gold, "evidence"))) {
        evidence++;
        JsonNode predicted = get(pred, "evidence");
        if (FactRules.overlap(
            item(gold, "evidence"),
            truthy(predicted) ? predicted : JsonNodeFactory.instance.arrayNode())) {
          evidenceOk++;
        }
      }
    }

    FactScores scores() {
      Counts none = new Counts(0, 0, 0);
      Map<String, Counts> all = new TreeMap<>();
      Counts core = none;
      Counts extended = none;
      for (String type : FactRules.KEYS.keySet()) {
        Counts counts = types.getOrDefault(type, none);
        all.put(type, counts);
        if (FactRules.EXTENDED.contains(type)) {
          extended = extended.plus(counts);
        } else {
          core = core.plus(counts);
        }
      }
      return new FactScores(
          all,
          core,
          extended,
          new Ratio(attributesOk, attributes),
          new Ratio(evidenceOk, evidence),
          misses);
    }
  }
}
